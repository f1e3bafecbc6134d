import ActorGraph
import ArgumentParser

/// "iran —support→ pmf ←membership— kataib-hezbollah"
func chainText(_ c: SupportQuery.Chain) -> String {
  var s = ""
  var current: String?
  for h in c.hops {
    if current == nil {
      // Start at the patron end of the chain.
      current = h.type.category == .support ? h.from : h.to
      s = current!
    }
    if h.from == current {
      s += " —\(h.type)→ \(h.to)"
      current = h.to
    } else {
      s += " ←\(h.type)— \(h.from)"
      current = h.from
    }
  }
  return s
}
