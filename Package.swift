// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "actorgraph",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "ActorGraph", targets: ["ActorGraph"]),
    .library(name: "GraphAnalytics", targets: ["GraphAnalytics"]),
    .library(name: "GraphvizKit", targets: ["GraphvizKit"]),
    .library(name: "ActorGraphDiagrams", targets: ["ActorGraphDiagrams"]),
    .library(name: "ActorGraphViews", targets: ["ActorGraphViews"]),
    .library(name: "ActorGraphReport", targets: ["ActorGraphReport"]),
    .library(name: "IntegerProgramming", targets: ["IntegerProgramming"]),
    .executable(name: "actorgraph", targets: ["actorgraph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // The C seam: libgvc/libcgraph from Debian's libgraphviz-dev.
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]
    ),
    // Deterministic cgraph ID discipline (see notes on in-process determinism).
    .target(name: "CGraphvizShim", dependencies: ["CGraphviz"]),

    // The integer-programming seam: COIN-OR CBC (EPL-2.0) from Debian's coinor-libcbc-dev, linked as a
    // C library. IntegerProgramming is the only module that imports it.
    .systemLibrary(
      name: "CCbc",
      pkgConfig: "cbc",
      providers: [.apt(["coinor-libcbc-dev"])]
    ),
    .target(name: "IntegerProgramming", dependencies: ["CCbc"]),

    // The analytics core: compact CSR graphs and their algorithms; knows nothing of actors.
    .target(name: "GraphAnalytics", dependencies: ["IntegerProgramming"]),
    // The domain: actors, relations, datasets, loading, validation, queries.
    .target(
      name: "ActorGraph",
      dependencies: ["GraphAnalytics", .product(name: "Yams", package: "Yams")]
    ),
    // The DOT model and the one wrapper around libgvc: the only Swift module that imports C.
    // Knows nothing of actors.
    .target(name: "GraphvizKit", dependencies: ["CGraphviz", "CGraphvizShim"]),
    // Diagram styling: how a selection of the domain is drawn (shapes, colours, legend, clusters).
    .target(name: "ActorGraphDiagrams", dependencies: ["ActorGraph", "GraphAnalytics", "GraphvizKit"]),
    // The briefing page: one self-contained HTML file (the laid-out SVG, a data island, a small
    // script) for readers without the tool.
    .target(name: "ActorGraphReport", dependencies: ["ActorGraph", "ActorGraphDiagrams", "GraphvizKit"]),
    // Declared views and their incremental build: view files, the manifest, content hashes.
    .target(
      name: "ActorGraphViews",
      dependencies: ["ActorGraph", "ActorGraphDiagrams", "ActorGraphReport", "GraphvizKit", .product(name: "Yams", package: "Yams")]
    ),
    // The command-line tool: thin.
    .executableTarget(
      name: "actorgraph",
      dependencies: [
        "ActorGraph", "GraphAnalytics", "ActorGraphDiagrams", "ActorGraphViews", "ActorGraphReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Render benchmark and leak-check driver, not a test (bench/render/run.sh).
    .executableTarget(
      name: "RenderBench",
      dependencies: ["GraphvizKit"],
      path: "bench/render/Sources/RenderBench"
    ),

    // Benchmark driver for GraphAnalytics (bench/run.py calls it); not a product.
    .executableTarget(name: "agbench", dependencies: ["GraphAnalytics"], path: "bench/agbench"),

    // What the test targets share: temporary folders, dataset text, the seeded generator.
    .target(name: "TestSupport", dependencies: ["GraphAnalytics"], path: "Tests/TestSupport"),
    // What the tests above the domain share: temporary projects, the hostile dataset loaded.
    .target(name: "DomainTestSupport", dependencies: ["ActorGraph", "TestSupport"], path: "Tests/DomainTestSupport"),
    .testTarget(name: "GraphAnalyticsTests", dependencies: ["GraphAnalytics"], resources: [.copy("Fixtures")]),
    .testTarget(name: "ActorGraphTests", dependencies: ["ActorGraph", "TestSupport"]),
    .testTarget(name: "GraphvizKitTests", dependencies: ["GraphvizKit", "TestSupport"]),
    .testTarget(
      name: "ActorGraphDiagramsTests",
      dependencies: ["ActorGraphDiagrams", "GraphvizKit", "ActorGraph", "TestSupport", "DomainTestSupport"]),
    .testTarget(
      name: "ActorGraphViewsTests",
      dependencies: ["ActorGraphViews", "ActorGraphDiagrams", "GraphvizKit", "ActorGraph", "TestSupport", "DomainTestSupport"]),
    .testTarget(name: "ActorGraphReportTests", dependencies: ["ActorGraphReport", "ActorGraphDiagrams", "ActorGraph", "TestSupport"]),
    .testTarget(name: "actorgraphTests", dependencies: ["actorgraph", "TestSupport"], exclude: ["Fixtures", "Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
