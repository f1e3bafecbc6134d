import Foundation
import Testing

/// `actorgraph report` through the binary: the file, standard output, refusals.
@Suite struct ReportCommandTests {
  @Test func reportWritesOnePageToAFileOrStandardOutput() throws {
    let dir = try CLI.temp([:])
    let o = try CLI.run(["report", "-o", dir + "/briefing.html", "--types", "support,membership", "--as-of", "2015"])
    #expect(o.status == 0, "\(o.stderr)")
    let page = String(decoding: try #require(FileManager.default.contents(atPath: dir + "/briefing.html")), as: UTF8.self)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("types membership, support"))
    #expect(!page.contains("src=\"http") && !page.contains("href=\"http"), "nothing is fetched")
    let out = try CLI.run(
      ["report", "-o", "-", "--data", CLI.root + "/graphs", "--types", "support,membership", "--as-of", "2015"], in: dir)
    #expect(out.status == 0 && out.stdout == page, "standard output carries the same bytes")
  }

  @Test func reportRefusesWhatItCannotDo() throws {
    let dir = try CLI.temp([:])
    let ext = try CLI.run(["report", "-o", dir + "/a.svg"])
    #expect(ext.status == 2 && ext.stderr.contains("briefing page is HTML"))
    let actor = try CLI.run(["report", "-o", dir + "/a.html", "--focus", "nobody-at-all"])
    #expect(actor.status != 0 && actor.stderr.contains("unknown actor"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/a.html"), "no partial output on failure")
    let help = try CLI.run(["report", "--help"])
    #expect(help.stdout.contains("EXAMPLES:") && help.stdout.contains("actorgraph report -o briefing.html"))
  }
}
