// swift-tools-version: 6.0
// Using actorgraph as a library: `swift run --package-path examples/library` from the repository root.
import PackageDescription

let package = Package(
  name: "SupportReport",
  dependencies: [.package(name: "actorgraph", path: "../..")],
  targets: [
    .executableTarget(
      name: "SupportReport",
      dependencies: [.product(name: "ActorGraph", package: "actorgraph")]
    )
  ],
  swiftLanguageModes: [.v6]
)
