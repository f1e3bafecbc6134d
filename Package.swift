// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "actorgraph",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "ActorGraph", targets: ["ActorGraph"]),
    .library(name: "GraphAnalytics", targets: ["GraphAnalytics"]),
    .library(name: "ActorGraphRendering", targets: ["ActorGraphRendering"]),
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

    // The analytics core: compact CSR graphs and their algorithms; knows nothing of actors.
    .target(name: "GraphAnalytics"),
    // The domain: actors, relations, datasets, loading, validation, queries.
    .target(
      name: "ActorGraph",
      dependencies: ["GraphAnalytics", .product(name: "Yams", package: "Yams")]
    ),
    // Rendering: diagrams built from the domain, rendered through libgvc.
    .target(
      name: "ActorGraphRendering",
      dependencies: [
        "ActorGraph", "GraphAnalytics", "CGraphviz", "CGraphvizShim", .product(name: "Yams", package: "Yams"),
      ]
    ),
    // The command-line tool: thin.
    .executableTarget(
      name: "actorgraph",
      dependencies: [
        "ActorGraph", "GraphAnalytics", "ActorGraphRendering",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Render benchmark and leak-check driver, not a test (bench/render/run.sh).
    .executableTarget(
      name: "RenderBench",
      dependencies: ["ActorGraphRendering"],
      path: "bench/render/Sources/RenderBench"
    ),

    // Benchmark driver for GraphAnalytics (bench/run.py calls it); not a product.
    .executableTarget(name: "agbench", dependencies: ["GraphAnalytics"], path: "bench/agbench"),

    // What the test targets share: temporary folders, dataset text, the seeded generator.
    .target(name: "TestSupport", dependencies: ["GraphAnalytics"], path: "Tests/TestSupport"),
    .testTarget(name: "GraphAnalyticsTests", dependencies: ["GraphAnalytics"], resources: [.copy("Fixtures")]),
    .testTarget(name: "ActorGraphTests", dependencies: ["ActorGraph", "TestSupport"]),
    .testTarget(name: "ActorGraphRenderingTests", dependencies: ["ActorGraphRendering", "ActorGraph", "TestSupport"]),
    .testTarget(name: "actorgraphTests", dependencies: ["actorgraph", "TestSupport"], exclude: ["Fixtures", "Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
