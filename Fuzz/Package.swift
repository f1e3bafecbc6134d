// swift-tools-version: 6.0
// Fuzz targets for actorgraph (issue #14), kept apart from the product: the normal build never sees
// them. Build and run one with `scripts/fuzz.sh TARGET SECONDS` (libFuzzer + AddressSanitizer).
import PackageDescription

let fuzzTargets = ["FuzzYAML", "FuzzCSV", "FuzzViews", "FuzzRender", "FuzzSelection", "FuzzImport"]

let package = Package(
  name: "ActorGraphFuzz",
  platforms: [.macOS(.v15)],
  products: fuzzTargets.map { .executable(name: $0, targets: [$0]) },
  dependencies: [.package(name: "actorgraph", path: "..")],
  targets: [
    // The libFuzzer driver glue and the oracles every target shares.
    .target(
      name: "FuzzSupport",
      dependencies: [
        .product(name: "ActorGraph", package: "actorgraph"), .product(name: "ActorGraphDiagrams", package: "actorgraph"), .product(name: "ActorGraphViews", package: "actorgraph"),
          .product(name: "GraphvizKit", package: "actorgraph"),
      ])
  ]
    + fuzzTargets.map {
      .executableTarget(
        name: $0,
        dependencies: [
          "FuzzSupport", .product(name: "ActorGraph", package: "actorgraph"),
          .product(name: "ActorGraphDiagrams", package: "actorgraph"), .product(name: "ActorGraphViews", package: "actorgraph"),
          .product(name: "GraphvizKit", package: "actorgraph"),
        ])
    },
  swiftLanguageModes: [.v6]
)
