import Foundation
import Testing

/// render, build and build --check through the binary.
@Suite struct RenderCommandTests {
  @Test func renderWritesEachFormat() throws {
    let dir = try CLI.temp([:])
    for (file, magic) in [
      ("a.svg", Array("<?xml".utf8)), ("a.png", [0x89, 0x50, 0x4E, 0x47]), ("a.pdf", Array("%PDF".utf8)), ("a.dot", Array("digraph".utf8)),
    ] {
      let o = try CLI.run(["render", "-o", dir + "/" + file, "--focus", "iran", "--types", "support", "--alone"])
      #expect(o.status == 0, "\(file): \(o.stderr)")
      let bytes = try #require(FileManager.default.contents(atPath: dir + "/" + file))
      #expect(Array(bytes.prefix(magic.count)) == magic, "\(file)")
    }
  }

  @Test func renderRefusesWhatItCannotDo() throws {
    let dir = try CLI.temp([:])
    let ext = try CLI.run(["render", "-o", dir + "/a.bmpx"])
    #expect(ext.status != 0 && ext.stderr.contains("cannot tell the format"))
    let engine = try CLI.run(["render", "-o", dir + "/a.svg", "--engine", "dott"])
    #expect(engine.status == 2 && engine.stderr.contains("--engine 'dott' is not a layout engine; did you mean 'dot'?"))
    let path = try CLI.run(["render", "-o", dir + "/p.svg", "--path", "komala", "hezbollah", "--types", "support"])
    #expect(path.status != 0 && path.stderr.contains("no path"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/p.svg"), "no partial output on failure")
  }

  @Test func renderToStandardOutputWritesNoFile() throws {
    let dir = try CLI.temp([:])
    for target in ["-", "/dev/stdout"] {
      let o = try CLI.run(
        ["render", "-o", target, "--format", "dot", "--data", CLI.root + "/graphs", "--focus", "iran", "--types", "support", "--alone"],
        in: dir)
      #expect(o.status == 0, "\(target): \(o.stderr)")
      #expect(o.stdout.hasPrefix("digraph"), "\(target)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "no file named '-'")
    var info = stat()
    #expect(lstat("/dev/stdout", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK, "/dev/stdout is still a link")
  }

  @Test func aBlankTitleIsRefusedBeforeGraphvizSeesIt() throws {
    let dir = try CLI.temp([:])
    for title in ["", "\n\n"] {
      let o = try CLI.run(["render", "-o", dir + "/t.svg", "--title", title])
      #expect(o.status == 2, "a usage error: \(o.stderr)")
      #expect(o.stderr.contains("--title is empty or only whitespace"))
    }
    #expect(!FileManager.default.fileExists(atPath: dir + "/t.svg"))
  }

  @Test func renderIntoAFolderIsAnErrorNotAReplacement() throws {
    let dir = try CLI.temp(["busy.svg/keep": "x"])
    let o = try CLI.run(["render", "-o", dir + "/busy.svg", "--focus", "iran", "--types", "support", "--alone"])
    #expect(o.status != 0)
    #expect(o.stderr.contains("cannot write \(dir)/busy.svg: it is a folder"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/busy.svg") == ["keep"])
  }

  @Test func committedDiagramsAreCurrent() throws {
    let o = try CLI.run(["build", "--check"])
    #expect(o.status == 0, "\(o.stdout)\n\(o.stderr)")
  }

  @Test func checkFailsOnAStaleDiagramThenBuildFixesIt() throws {
    let dir = try CLI.temp([
      "graphs/d/data.yaml": """
      sources: [{id: s1, outlet: Wire}]
      actors:
        - {id: a, name: A, kind: state}
        - {id: b, name: B, kind: armed-group}
      relations:
        - {id: r1, type: support, source: a, target: b, attribution: confirmed, sources: [s1]}
      """,
      "graphs/views.yaml": "views:\n  - {id: v, dataset: d, outputs: [diagrams/v.svg]}\n",
    ])
    #expect(try CLI.run(["build"], in: dir).status == 0)
    #expect(try CLI.run(["build", "--check"], in: dir).status == 0)
    let data = dir + "/graphs/d/data.yaml"
    try (try String(contentsOfFile: data, encoding: .utf8)).replacingOccurrences(of: "name: B", with: "name: Bee")
      .write(toFile: data, atomically: true, encoding: .utf8)
    let stale = try CLI.run(["build", "--check"], in: dir)
    #expect(stale.status == 1)
    #expect(stale.stdout.contains("stale: diagrams/v.svg (view v) — data file graphs/d/data.yaml changed"))
    #expect(try CLI.run(["build"], in: dir).status == 0)
    #expect(try CLI.run(["build", "--check"], in: dir).status == 0)
  }

  /// One default-title rule: `render --focus` and a view with the same focus give the same title,
  /// also for a dataset without a title of its own (where render once fell back to the dataset id).
  @Test func renderAndBuildGiveTheSameDefaultTitle() throws {
    let dir = try CLI.temp([
      "graphs/d/data.yaml": """
      sources: [{id: s1, outlet: Wire}]
      actors:
        - {id: a, name: Alpha State, kind: state}
        - {id: b, name: B, kind: armed-group}
      relations:
        - {id: r1, type: support, source: a, target: b, attribution: confirmed, sources: [s1]}
      """,
      "graphs/views.yaml": "views:\n  - {id: v, dataset: d, focus: [a], outputs: [diagrams/v.dot]}\n",
    ])
    let built = try CLI.run(["build"], in: dir)
    #expect(built.status == 0, "\(built.stderr)")
    let rendered = try CLI.run(["render", "--data", "graphs/d", "--focus", "a", "-o", "r.dot"], in: dir)
    #expect(rendered.status == 0, "\(rendered.stderr)")
    func title(_ file: String) throws -> String? {
      let dot = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
      return dot.range(of: "Around [^<]*", options: .regularExpression).map { String(dot[$0]) }
    }
    #expect(try title("diagrams/v.dot") == "Around Alpha State")
    #expect(try title("r.dot") == title("diagrams/v.dot"))
  }

  @Test func watchBuildsOnStart() throws {
    let dir = try CLI.temp([
      "graphs/d/edges.csv": "source,target,type\na,b,support\n",
      "graphs/views.yaml": "views:\n  - {id: v, dataset: d, outputs: [diagrams/v.dot]}\n",
    ])
    let o = try CLI.run(["watch", "--max-builds", "1"], in: dir)
    #expect(o.status == 0, "\(o.stderr)")
    #expect(o.stdout.contains("built: diagrams/v.dot"))
    #expect(FileManager.default.fileExists(atPath: dir + "/diagrams/v.dot"))
  }

  @Test func renderBalanceDrawsTheSeedsCampsAndFrustratedTies() throws {
    let dir = try CLI.temp([:])
    let o = try CLI.run(["render", "-o", dir + "/c.svg", "--types", "alliance,hostility", "--as-of", "2026", "--balance", "--camps"])
    #expect(o.status == 0, "\(o.stderr)")
    let svg = try String(contentsOfFile: dir + "/c.svg", encoding: .utf8)
    // The README's worked example: two frustrated ties, r44 (Iraq–Iran) and r85 (Islamic State–United States).
    #expect(svg.contains("two camps of structural balance from alliance, hostility: 2 frustrated ties (optimal)"))
    #expect(svg.components(separatedBy: ">frustrated<").count - 1 == 2)
    #expect(svg.contains("Frustrated tie: against the camps"))
    #expect(svg.contains("r44: "))
    #expect(svg.contains("camp A") && svg.contains("camp B"))
  }

  @Test func renderCampOrderPlacesTheCampsWithDot() throws {
    let dir = try CLI.temp([:])
    let alone = try CLI.run(["render", "-o", dir + "/a.svg", "--camp-order", "iran"])
    #expect(alone.status == 2 && alone.stderr.contains("add --balance"))
    let o = try CLI.run([
      "render", "-o", dir + "/c.dot", "--types", "alliance,hostility", "--as-of", "2026", "--balance", "--camps", "--camp-order",
      "united-states,iran",
    ])
    #expect(o.status == 0, "\(o.stderr)")
    let dot = try String(contentsOfFile: dir + "/c.dot", encoding: .utf8)
    // Invisible ties through a divider: the United States' camp placed first, so ahead of it.
    #expect(dot.contains("\"actor:united-states\" -> \"camp-divider-"), "\(dot.prefix(400))")
    let unknown = try CLI.run([
      "render", "-o", dir + "/u.svg", "--types", "alliance,hostility", "--balance", "--camp-order", "nobody-at-all",
    ])
    #expect(unknown.status != 0 && !unknown.stderr.isEmpty)
  }

  @Test func renderOverviewAndBalanceFlagsAreChecked() throws {
    let dir = try CLI.temp([:])
    let camps = try CLI.run(["render", "-o", dir + "/a.svg", "--camps"])
    #expect(camps.status == 2 && camps.stderr.contains("add --balance"))
    let collapse = try CLI.run(["render", "-o", dir + "/a.svg", "--collapse", "members"])
    #expect(collapse.status == 2 && collapse.stderr.contains("--collapse takes umbrellas"))
    let rank = try CLI.run(["render", "-o", dir + "/a.svg", "--top", "5", "--rank-by", "fame"])
    #expect(rank.status == 2 && rank.stderr.contains("unknown measure 'fame'"))
    let top = try CLI.run([
      "render", "-o", dir + "/t.dot", "--types", "alliance,support,hostility", "--collapse", "umbrellas", "--top", "5",
    ])
    #expect(top.status == 0, "\(top.stderr)")
    let dot = try String(contentsOfFile: dir + "/t.dot", encoding: .utf8)
    #expect(dot.contains("the 5 most central by pagerank") && dot.contains("umbrella groups drawn for their members"))
    #expect(dot.components(separatedBy: "id=\"actor-").count - 1 <= 5)
  }

  @Test func renderWithoutTheExplainersWeighsLinesByConfidence() throws {
    let dir = try CLI.temp([:])
    let args = ["render", "-o", dir + "/s.svg", "--types", "support", "--focus", "iran", "--alone", "--draw-confidence"]
    let all = try CLI.run(args)
    #expect(all.status == 0, "\(all.stderr)")
    let allSVG = try String(contentsOfFile: dir + "/s.svg", encoding: .utf8)
    let o = try CLI.run(args + ["--exclude-sources", "d0,d4"])
    #expect(o.status == 0, "\(o.stderr)")
    let svg = try String(contentsOfFile: dir + "/s.svg", encoding: .utf8)
    #expect(svg.contains("without sources d0, d4"))
    #expect(svg.contains("line weight: high confidence"))
    #expect(svg.components(separatedBy: "class=\"edge\"").count < allSVG.components(separatedBy: "class=\"edge\"").count)
    #expect(!svg.contains("sources: d0") && !svg.contains("sources: d4"))
    #expect(svg.contains(" confidence; sources: "), "confidence beside attribution in every tooltip")
    let typo = try CLI.run(args + ["--exclude-sources", "d9"])
    #expect(typo.status == 2 && typo.stderr.contains("unknown source 'd9'"))
  }

  /// Graphviz 2.42 keeps memory from every clustered layout, and only a new process gives it back
  /// (bench/graphviz-leak): after --restart-after outputs, watch execs a fresh copy of itself with
  /// the rebuilds it has left, and everything printed before the restart is kept.
  @Test func watchRestartsItselfAfterManyOutputs() throws {
    let dir = try CLI.temp([
      "graphs/d/edges.csv": "source,target,type\na,b,support\n",
      "graphs/views.yaml": "views:\n  - {id: v, dataset: d, outputs: [diagrams/v.dot, diagrams/v.svg]}\n",
    ])
    let o = try CLI.run(["watch", "--max-builds", "2", "--restart-after", "2"], in: dir)
    #expect(o.status == 0, "\(o.stderr)")
    #expect(o.stdout.contains("built: diagrams/v.dot"))
    #expect(o.stderr.components(separatedBy: "starting a fresh process").count == 2, "\(o.stderr)")
    // Not enough outputs: no restart.
    let quiet = try CLI.run(["watch", "--max-builds", "1", "--restart-after", "3"], in: dir)
    #expect(quiet.status == 0 && !quiet.stderr.contains("fresh process"), "\(quiet.stderr)")
  }

  @Test func renderFitsASizeAtADpi() throws {
    let dir = try CLI.temp([:])
    let o = try CLI.run([
      "render", "-o", dir + "/s.png", "--focus", "iraq", "--alone", "--size", "960x540", "--dpi", "192", "--aspect", "16:9",
    ])
    #expect(o.status == 0, "\(o.stderr)")
    let bytes = try #require(FileManager.default.contents(atPath: dir + "/s.png"))
    func be(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    let (w, h) = (be(16), be(20))
    #expect(w <= 961 && h <= 541 && (abs(w - 960) <= 1 || abs(h - 540) <= 1), "\(w)×\(h)")
    for (flag, value, message) in [
      ("--size", "wide", "--size 'wide' is not a size in pixels; use WIDTHxHEIGHT"),
      ("--aspect", "16/9", "--aspect '16/9' is not an aspect"),
      ("--dpi", "4", "--dpi '4' is not a whole number from 36 to 1200"),
    ] {
      let bad = try CLI.run(["render", "-o", dir + "/b.png", flag, value])
      #expect(bad.status == 2 && bad.stderr.contains(message), "\(flag): \(bad.stderr)")
    }
  }

  @Test func renderMultiplesWritesOnePicturePerDateInOneFrame() throws {
    let dir = try CLI.temp([:])
    let o = try CLI.run([
      "render", "-o", dir + "/m.svg", "--focus", "iraq", "--alone", "--types", "alliance,hostility,support", "--multiples", "1985,2026",
      "--no-legend",
    ])
    #expect(o.status == 0, "\(o.stderr)")
    let early = try String(contentsOfFile: dir + "/m-1985.svg", encoding: .utf8)
    let late = try String(contentsOfFile: dir + "/m-2026.svg", encoding: .utf8)
    #expect(early.contains("as of 1985") && late.contains("as of 2026"))
    func frame(_ svg: String) -> String? { svg.range(of: #"viewBox="[^"]*""#, options: .regularExpression).map { String(svg[$0]) } }
    #expect(frame(early) == frame(late))
    #expect(early.contains("absent&#45;actor&#45;united&#45;states"), "the United States, absent in 1985, is a ghost")
    let bad = try CLI.run(["render", "-o", dir + "/b.svg", "--multiples", "1985,2026", "--as-of", "2000"])
    #expect(bad.status == 2 && bad.stderr.contains("drop --as-of"))
  }
}
