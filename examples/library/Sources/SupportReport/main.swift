import ActorGraph

// Load and check the seed dataset, then ask who backs each PMF member, with the weakest link of each chain.
let result = DatasetLoader.load("graphs/iraq-2026")
for d in result.diagnostics.errors { print(d) }
guard !result.hasErrors else { fatalError("the dataset has errors") }
let data = result.dataset

let pmf = try ActorLookup(data).find("Hashd al-Shaabi", in: data)
let members = data.relations.filter { $0.type == .membership && $0.target == pmf }.map(\.source)
for member in members.sorted(by: { data.actor($0).id < data.actor($1).id }) {
  let answer = SupportQuery(transitive: false).run(data, actor: member, direction: .supporters)
  // One line per supporter: its surest chain (chains are sorted by length, then certainty).
  var seen = Set<String>()
  let backers = answer.chains.filter { seen.insert($0.supporter).inserted }.map { chain in
    let between = Set(chain.hops.flatMap { [$0.from, $0.to] }).subtracting([chain.supporter, chain.supported])
    return "\(chain.supporter) (\(chain.attribution)\(between.isEmpty ? ", direct" : ", through " + between.sorted().joined(separator: ", ")))"
  }
  print("\(data.actor(member).name): \(backers.isEmpty ? "no supporter in the data" : backers.joined(separator: ", "))")
}
