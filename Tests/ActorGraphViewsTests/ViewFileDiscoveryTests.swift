import ActorGraph
import ActorGraphViews
import Foundation
import TestSupport
import Testing

/// Which YAML files are data and which are views: one rule in the loader, its complement here.
@Suite struct ViewFileDiscoveryTests {
  static let files = [
    "data/actors.yaml": "actors:\n  - {id: a, name: A, kind: state}\n",
    "data/typo.yaml": "actrs:\n  - {id: b, name: B, kind: state}\n",
    "data/broken.yaml": "actors: [unclosed\n",
    "views.yaml": "views:\n  - id: v\n    dataset: data\n    outputs: [x.svg]\n",
    "nested/more-views.yml": "defaults: {engine: dot}\nviews: []\n",
    "nested/misspelt.yaml": "view:\n  - id: w\n",
    "notes.txt": "not yaml",
  ]

  @Test func dataKeysOrTheirNearMissesMakeADataFile() throws {
    let root = try TemporaryFolder(Self.files)
    defer { root.remove() }
    #expect(DatasetLoader.isDatasetFile(root.file("data/actors.yaml")))
    #expect(DatasetLoader.isDatasetFile(root.file("data/typo.yaml")), "a misspelt data key is still data, so it gets reported")
    #expect(DatasetLoader.isDatasetFile(root.file("data/broken.yaml")), "unparseable YAML is reported as data")
    #expect(!DatasetLoader.isDatasetFile(root.file("views.yaml")))
    #expect(!DatasetLoader.isDatasetFile(root.file("nested/misspelt.yaml")))
  }

  @Test func everyYAMLFileThatIsNotDataIsAViewFile() throws {
    let root = try TemporaryFolder(Self.files)
    defer { root.remove() }
    #expect(
      ViewFileReader.viewFiles(at: root.path).map { String($0.dropFirst(root.path.count + 1)) } == [
        "nested/misspelt.yaml", "nested/more-views.yml", "views.yaml",
      ])
    #expect(ViewFileReader.viewFiles(at: root.file("views.yaml")) == [root.file("views.yaml")])
    #expect(ViewFileReader.viewFiles(at: root.file("data/actors.yaml")).isEmpty)
    #expect(ViewFileReader.viewFiles(at: root.file("missing")).isEmpty)
    let misspelt = ViewFileReader.read(root.file("nested/misspelt.yaml")).diagnostics
    #expect(misspelt.map(\.code) == ["unknown-key"], "a misspelt view file is reported, not skipped")
  }

  /// `build --views` and `watch`: a file named is a view file whatever its name; a folder is
  /// searched as `validate` searches it; a path that does not exist is an error naming it.
  @Test func namedViewPathsAreFilesOrFoldersSearched() throws {
    let root = try TemporaryFolder(Self.files)
    defer { root.remove() }
    let named = try ViewFileReader.viewFiles(named: [root.file("data/actors.yaml"), root.file("nested")])
    #expect(named == [root.file("data/actors.yaml"), root.file("nested/misspelt.yaml"), root.file("nested/more-views.yml")])
    #expect(try ViewFileReader.viewFiles(named: [root.path]) == ViewFileReader.viewFiles(at: root.path))
    #expect(throws: ViewFileReader.MissingPath(path: root.file("missing"))) {
      try ViewFileReader.viewFiles(named: [root.path, root.file("missing")])
    }
    #expect(ViewFileReader.MissingPath(path: "x/y").description == "no such file or folder: x/y")
  }

  @Test func theLoaderReadsOnlyTheDataFiles() throws {
    let root = try TemporaryFolder(Self.files)
    defer { root.remove() }
    let r = DatasetLoader.load(root.file("data"))
    #expect(r.dataset.actors.map(\.id) == ["a"])
    #expect(r.diagnostics.errors.contains { $0.location?.file.hasSuffix("typo.yaml") == true })
  }
  /// README "Safety": a view file that is missing, a folder or not UTF-8 is an error at its path
  /// (for bad UTF-8, at the first bad byte's line and column), never skipped.
  @Test func unreadableViewFilesAreLocatedErrors() throws {
    let root = try TemporaryFolder()
    defer { root.remove() }
    try FileManager.default.createDirectory(atPath: root.file("folder.yaml"), withIntermediateDirectories: false)
    root.write("latin1.yaml", bytes: Array("views:\n  - id: caf".utf8) + [0xE9] + Array("\n".utf8))
    for (name, expected) in [
      ("folder.yaml", "1:1 unreadable"), ("missing.yaml", "1:1 unreadable"), ("latin1.yaml", "2:12 yaml-encoding"),
    ] {
      let (views, diagnostics) = ViewFileReader.read(root.file(name))
      #expect(views.isEmpty)
      let sites = diagnostics.filter { $0.severity == .error }.map {
        "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code)"
      }
      #expect(sites == [expected], "\(name): \(diagnostics)")
      #expect(diagnostics.allSatisfy { $0.location?.file == root.file(name) && !$0.message.contains("\n") })
    }
  }
}
