// swift-tools-version: 6.0
// Measures how the resident memory of one process grows over many renders of a clustered graph
// through libgvc, with the Graphviz context kept, reset every N renders, or reset after each.
// `swift run -c release --package-path bench/graphviz-leak GraphvizLeak [RENDERS]`
import PackageDescription

let package = Package(
  name: "GraphvizLeak",
  dependencies: [.package(name: "actorgraph", path: "../..")],
  targets: [
    .executableTarget(name: "GraphvizLeak", dependencies: [.product(name: "GraphvizKit", package: "actorgraph")])
  ],
  swiftLanguageModes: [.v6]
)
