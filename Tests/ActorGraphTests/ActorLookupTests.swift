import TestSupport
import Testing

@testable import ActorGraph

@Suite struct ActorLookupTests {
  func dataset() throws -> Dataset {
    let t = try TempDataset([
      "d.yaml": baseSources + "\n" + baseActors.replacingOccurrences(of: "name: Asaib Ahl al-Haq", with: "name: Asaib Ahl al\u{2011}Haq")
        + "\n  - id: quds-force\n    name: Quds Force\n    aliases: [\"Qods Force\"]\n    kind: state-organ\n"
    ])
    defer { t.remove() }
    let r = t.load()
    #expect(!r.hasErrors, "\(r.diagnostics)")
    return r.dataset
  }

  @Test(arguments: [
    ("pmf", "pmf"), ("PMF", "pmf"), ("hashd al shaabi", "pmf"), ("Hashd al-Shaabi", "pmf"), ("popular mobilisation forces", "pmf"),
    ("TEHRAN", "iran"), ("ایران", "iran"), ("asaib ahl al-haq", "asaib-ahl-al-haq"), ("Asaïb Ahl al Haq", "asaib-ahl-al-haq"),
    ("qods force", "quds-force"),
  ])
  func findsByIdNameAndAlias(name: String, id: String) throws {
    let d = try dataset()
    let i = try ActorLookup(d).find(name, in: d)
    #expect(d.actor(i).id == id)
  }

  @Test func unknownNamesGetSuggestions() throws {
    let d = try dataset()
    do {
      _ = try ActorLookup(d).find("kataib hezbolah", in: d)
      Issue.record("expected a failure")
    } catch {
      guard case .unknown(_, let suggestions) = error else {
        Issue.record("wrong failure \(error)")
        return
      }
      #expect(suggestions.first == "kataib-hezbollah")
    }
  }

  /// The byte-level fold of ASCII text must give what Foundation's folding gives, on every ASCII
  /// code point (controls, punctuation, apostrophes, dots, both cases) and mixes of them.
  @Test func asciiFoldAgreesWithUnicodeFold() {
    var random = SplitMix64(seed: 21)
    var texts = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + ["U.S.", "Shi'ite", "  Kata'ib--Hezbollah ", "A`B", "x\r\ny", ""]
    for _ in 0..<5000 {
      let length = random.next(below: 24)
      let bytes = (0..<length).map { _ in UInt8(random.next(below: 128)) }
      texts.append(String(decoding: bytes, as: UTF8.self))
    }
    for text in texts {
      #expect(Identifier.foldASCII(text) == Identifier.foldUnicode(text), "\(Array(text.utf8))")
    }
    #expect(Identifier.foldASCII("Asaïb") == nil)
    #expect(Identifier.fold("Asaïb Ahl al-Haq") == "asaib ahl al haq")
  }
}
