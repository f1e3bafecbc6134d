import ActorGraph
import ArgumentParser

struct WhoSupports: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "who-supports",
    abstract: "Who supports an actor: directly, through its umbrella groups, and what we infer beyond that.",
    discussion: """
      Three groups. DIRECT: a source says the patron supports the actor; the attribution and \
      confidence are the relation's own. THROUGH ITS UMBRELLA GROUPS: a patron supports a group the \
      actor is a member of (Iran supports the PMF; Kataib Hezbollah is a PMF member). INDIRECT: \
      through a state's own organ or contingent (the Quds Force advises the Iran-backed groups, so \
      Iran does through its organ), or with --transitive through an intermediary that passes on the \
      same form of support while both relations hold. Everything but DIRECT is our inference: its \
      attribution is `inferred`, its confidence is at most its weakest hop's and one step lower per \
      extra hop, and each hop is listed with its own attribution, confidence and relations. Support is \
      not transitive in general: the U.S. backing Iraq (political) does not make it a backer of \
      Iran's clients, and with the default rules, --transitive included, no such chain is drawn. \
      --any-form widens the rules to any intermediary whatever the form (the weakest reading); the \
      table says how many chains wider rules would add. Alignment and alliance are shown apart: \
      related, but not support. See README "Support chains". \
      JSON: {actor, name, direction: "supporters", rules, chains: [{supporter, supported, kind: \
      direct|umbrella|indirect, rule: direct|umbrella|organ|same-form|any-form, direct, attribution, \
      confidence, hops: [{from, to, type, attribution, confidence, forms, relations}]}], beyondRules: \
      {rule: count}, related: [relation], existence}. As of a date before the actor's stated \
      founding or after its dissolution, a note (JSON: existence, as `show` documents it) says so \
      and on what grounds; without a founding, it gives the first day the data places the actor and \
      says that before it the data is silent, not that the actor did not exist.
      """
        + helpFooter([
          "who-supports \"Kataib Hezbollah\"", "who-supports kataib-hezbollah --transitive",
          "who-supports kataib-hezbollah --any-form --min-confidence low", "who-supports pmf --transitive --forms arms,funding",
          "who-supports \"Islamic Resistance in Iraq\" --as-of 1985", "who-supports pmf --as-of 2010", "who-supports iraq --whole-record",
        ]))

  @OptionGroup var options: SupportOptions

  func run() throws { try options.run(.supporters) }
}
