/// The page's markup: everything the reader's browser needs, in one file, nothing fetched.
enum BriefingHTML {
  /// Text for HTML content and attribute values: the five characters that could end either.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// JSON that cannot end the script element holding it (`</script>`, `<!--`): `<`, `>` and `&`
  /// (which occur only inside strings in JSON) become `\u` escapes, as do the two line
  /// separators some parsers stop at. `JSON.parse` gives the same values back.
  static func scriptSafe(_ json: String) -> String {
    var out = ""
    out.reserveCapacity(json.utf8.count)
    for c in json.unicodeScalars {
      switch c {
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// libgvc's SVG made fit to sit inside HTML: the XML prolog, doctype and comments (which
  /// carry node names and could hold `--`) dropped; the rest is well-formed XML from Graphviz.
  static func inlineSVG(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let start = text.range(of: "<svg") else { return "" }
    var body = Substring(text[start.lowerBound...])
    var out = ""
    while let open = body.range(of: "<!--") {
      out += body[..<open.lowerBound]
      guard let close = body[open.upperBound...].range(of: "-->") else {
        body = ""
        break
      }
      body = body[close.upperBound...]
    }
    out += body
    // Blank lines left where comments were.
    return out.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
  }

  static func page(_ p: BriefingPage.Prepared, svg: String) -> String {
    let island = p.island
    var sources = ""
    for s in island.sources {
      var parts: [String] = []
      if let o = s.outlet { parts.append(escape(o)) }
      if let t = s.title { parts.append("“\(escape(t))”") }
      if let d = s.published { parts.append("published \(escape(d))") }
      var line = "<li id=\"source-\(escape(s.id))\"><span class=\"sid\">\(escape(s.id))</span> — \(parts.joined(separator: ", "))"
      if let r = s.reliability { line += ". Reliability \(escape(r))" + (s.reason.map { " (\(escape($0)))" } ?? "") }
      if let relay = s.relayedBy { line += ". Known through \(escape(relay))" }
      line += ". Cited by \(s.cited) relation\(s.cited == 1 ? "" : "s") here"
      if let u = s.url { line += ". <span class=\"url\">\(escape(u))</span>" }
      sources += line + ".</li>\n"
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="\(escape(island.tool))">
      <title>\(escape(p.title)) — briefing</title>
      <style>
      \(css)
      </style>
      </head>
      <body>
      <a class="skip" href="#diagram">Skip to the diagram</a>
      <header>
      <h1>\(escape(p.title))</h1>
      <p id="caption">\(escape(p.caption))</p>
      </header>
      <main>
      <section id="controls" aria-label="What to show">
      <noscript><p>The diagram shows the whole selection. The date slider, the filters, the search, the evidence panels and the table need JavaScript.</p></noscript>
      <div class="control" id="time">
      <label for="date">Snapshot date</label> <output id="date-label" for="date"></output>
      <input type="range" id="date" min="0" max="0" step="1" value="0">
      <label class="check"><input type="checkbox" id="whole"> Whole record (every date)</label>
      <p class="hint" id="time-rule"></p>
      </div>
      <fieldset class="control" id="types"><legend>Relation types</legend></fieldset>
      <fieldset class="control" id="attributions"><legend>Attribution (who says so)</legend></fieldset>
      <div class="control">
      <label for="confidence">At least this sure</label>
      <select id="confidence"></select>
      </div>
      <div class="control" id="find">
      <label for="search">Find an actor (name or alias)</label>
      <input type="search" id="search" autocomplete="off" aria-describedby="hits-count">
      <p id="hits-count" class="hint" aria-live="polite"></p>
      <ul id="hits"></ul>
      </div>
      <p id="status" aria-live="polite"></p>
      </section>
      <section id="diagram" aria-label="Diagram" tabindex="-1">
      <div id="zoom"><button type="button" id="zoom-fit" aria-pressed="true">Fit to the frame</button> <button type="button" id="zoom-actual" aria-pressed="false">Actual size</button></div>
      \(svg)
      </section>
      <aside id="panel" aria-live="polite" tabindex="-1">
      <h2 id="panel-title">Evidence</h2>
      <div id="panel-body"><p>Choose an actor or a line in the diagram (or press Tab to reach them, Enter to open) to see its profile or its evidence.</p></div>
      </aside>
      <details id="table-view">
      <summary>Table of relations (<span id="table-count">0</span> shown)</summary>
      <table id="relations">
      <caption>The relations the filters show; choose a column heading to sort by it.</caption>
      <thead><tr>
      <th scope="col" aria-sort="ascending"><button type="button" data-key="id">Relation</button></th>
      <th scope="col"><button type="button" data-key="type">Type</button></th>
      <th scope="col"><button type="button" data-key="from">From</button></th>
      <th scope="col"><button type="button" data-key="to">To</button></th>
      <th scope="col"><button type="button" data-key="time">When</button></th>
      <th scope="col"><button type="button" data-key="attribution">Attribution</button></th>
      <th scope="col"><button type="button" data-key="confidence">Confidence</button></th>
      <th scope="col"><button type="button" data-key="sources">Sources</button></th>
      </tr></thead>
      <tbody></tbody>
      </table>
      </details>
      <section id="sources" aria-label="Sources">
      <h2>Sources</h2>
      <ol>
      \(sources)</ol>
      </section>
      </main>
      <footer><p>Made by \(escape(island.tool)) from dataset \(escape(island.dataset)). Lines: solid = confirmed or claimed; dashed = attributed, or blamed by the victim; dotted = suspected, inferred or unattributed. Attribution says who says so; confidence how far to trust it.</p></footer>
      <script type="application/json" id="briefing-data">\(p.data)</script>
      <script>
      \(script)
      </script>
      </body>
      </html>

      """
  }

  static let css = """
    :root { --ink: #1a1a1a; --muted: #555; --line: #bbb; --focus: #000; }
    * { box-sizing: border-box; }
    body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); margin: 0; padding: 0 1rem 2rem; line-height: 1.4; }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: 0.5rem; background: #fff; padding: 0.25rem; }
    header h1 { font-size: 1.4rem; margin: 0.75rem 0 0.25rem; }
    #caption, .hint, footer { color: var(--muted); font-size: 0.85rem; }
    main { display: grid; grid-template-columns: minmax(16rem, 20rem) 1fr minmax(16rem, 24rem); grid-template-areas: "controls diagram panel" "table table table" "sources sources sources"; gap: 1rem; align-items: start; }
    #controls { grid-area: controls; }
    #diagram { grid-area: diagram; overflow: auto; border: 1px solid var(--line); max-height: 85vh; }
    #diagram svg { max-width: 100%; height: auto; }
    #diagram.actual svg { max-width: none; }
    #zoom { position: sticky; top: 0; left: 0; background: #fff; padding: 0.25rem; }
    #panel { grid-area: panel; border: 1px solid var(--line); padding: 0 0.75rem 0.75rem; max-height: 85vh; overflow: auto; }
    #table-view { grid-area: table; }
    #sources { grid-area: sources; }
    @media (max-width: 60rem) { main { grid-template-columns: 1fr; grid-template-areas: "controls" "diagram" "panel" "table" "sources"; } }
    .control { margin: 0 0 0.75rem; border: 1px solid var(--line); padding: 0.4rem 0.6rem; }
    fieldset.control label { display: inline-block; min-width: 8.5rem; }
    .check { display: block; }
    #date { width: 100%; }
    #date-label { font-weight: bold; }
    input[type=search] { width: 100%; }
    #hits { margin: 0.25rem 0 0; padding-left: 1.1rem; }
    button.link { background: none; border: none; padding: 0; color: inherit; text-decoration: underline; cursor: pointer; font: inherit; text-align: left; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    /* The diagram's states are told by form, not colour: hidden lines are gone, idle actors are
       faint with a dashed outline, found and chosen actors carry a thick outline. */
    #diagram g.edge.off { display: none; }
    #diagram g.node.idle, #diagram g.cluster.idle { opacity: 0.35; }
    #diagram g.idle > polygon, #diagram g.idle > ellipse, #diagram g.idle > path { stroke-dasharray: 3 3; }
    #diagram g.hit > polygon, #diagram g.hit > ellipse, #diagram g.hit > path { stroke-width: 5; stroke: #000; }
    #diagram g.hit text { font-weight: bold; text-decoration: underline; }
    #diagram g.chosen > polygon, #diagram g.chosen > ellipse, #diagram g.chosen > path { stroke-width: 4; stroke-dasharray: 8 3; stroke: #000; }
    #diagram g.edge.chosen > path { stroke-width: 4; }
    #diagram g.node, #diagram g.edge, #diagram g.cluster { cursor: pointer; }
    #diagram g:focus { outline: none; }
    #diagram g.node:focus > polygon, #diagram g.node:focus > ellipse, #diagram g.node:focus > path, #diagram g.cluster:focus > path, #diagram g.cluster:focus > polygon, #diagram g.edge:focus > path { stroke-width: 6; stroke: #000; }
    #relations { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
    #relations th, #relations td { border-bottom: 1px solid var(--line); padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
    #relations th button { background: none; border: none; font: inherit; font-weight: bold; cursor: pointer; padding: 0; }
    #relations th[aria-sort=ascending] button::after { content: " ▲"; }
    #relations th[aria-sort=descending] button::after { content: " ▼"; }
    .cite { margin: 0.25rem 0; }
    .sid { font-family: monospace; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.6rem; margin: 0.25rem 0; }
    dl.facts dt { font-weight: bold; }
    dl.facts dd { margin: 0; }
    @media print {
      #controls, #panel, #table-view, #zoom, .skip, noscript { display: none !important; }
      main { display: block; }
      #diagram { border: none; max-height: none; overflow: visible; }
      #diagram svg { width: 100%; height: auto; }
      #sources { break-before: page; }
      a[href]::after { content: none; }
    }
    """

  static let script = #"""
    (function () {
      'use strict';
      var D = JSON.parse(document.getElementById('briefing-data').textContent);
      function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }
      // Case, accents, apostrophes, dots and hyphen variants do not matter, as for the CLI's actor names.
      function fold(s) {
        return s.normalize('NFKD').replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '').toLowerCase()
          .replace(/['\u2019\u2018\u02bc`.\u0640]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      }
      var actorById = new Map(D.actors.map(function (a) { return [a.id, a]; }));
      var name = function (id) { var a = actorById.get(id); return a ? a.name : id; };
      var relsOfLine = new Map(), relsOfActor = new Map();
      D.relations.forEach(function (r, i) {
        if (r.line) { if (!relsOfLine.has(r.line)) relsOfLine.set(r.line, []); relsOfLine.get(r.line).push(i); }
        [r.from, r.to].forEach(function (a) { if (!relsOfActor.has(a)) relsOfActor.set(a, []); relsOfActor.get(a).push(i); });
      });
      var lineEls = new Map(), nodeEls = new Map();
      relsOfLine.forEach(function (_, id) { var e = document.getElementById(id); if (e) lineEls.set(id, e); });
      D.actors.forEach(function (a) { var e = document.getElementById(a.node); if (e) nodeEls.set(a.id, e); });
      var confRank = { 'very low': 0, 'low': 1, 'moderate': 2, 'high': 3 };

      // Controls, from the data.
      var slider = document.getElementById('date'), whole = document.getElementById('whole');
      var dateLabel = document.getElementById('date-label');
      slider.max = String(Math.max(0, D.dates.length - 1));
      if (D.dates.length === 0) { slider.disabled = true; whole.checked = true; whole.disabled = true; }
      else if (D.start < 0) { whole.checked = true; slider.value = String(D.dates.length - 1); }
      else slider.value = String(D.start);
      document.getElementById('time-rule').textContent = 'A snapshot holds the states of affairs valid on the date and the events of the ' + D.recent + ' before it, as actorgraph --as-of DATE does; a year means its last day.';
      function checkboxes(box, values, prefix) {
        values.forEach(function (v) {
          var label = el('label'), input = el('input');
          input.type = 'checkbox'; input.checked = true; input.value = v; input.id = prefix + v;
          label.appendChild(input); label.appendChild(document.createTextNode(' ' + v));
          box.appendChild(label);
        });
      }
      checkboxes(document.getElementById('types'), D.types, 'type-');
      checkboxes(document.getElementById('attributions'), D.attributions, 'attribution-');
      var conf = document.getElementById('confidence');
      D.confidences.slice().reverse().forEach(function (c) { var o = el('option', c === 'very low' ? 'any (very low or better)' : c + ' or better'); o.value = c; conf.appendChild(o); });
      conf.value = 'very low';

      // Keyboard and screen readers reach every actor and line.
      D.actors.forEach(function (a) {
        var e = nodeEls.get(a.id); if (!e) return;
        e.setAttribute('tabindex', '0'); e.setAttribute('role', 'button');
        e.setAttribute('aria-label', 'Actor ' + a.name + ' (' + a.kind + '): open profile');
      });
      lineEls.forEach(function (e, id) {
        var rs = relsOfLine.get(id).map(function (i) { return D.relations[i]; });
        e.setAttribute('tabindex', '0'); e.setAttribute('role', 'button');
        e.setAttribute('aria-label', 'Relation ' + rs.map(function (r) { return name(r.from) + ' ' + r.verb + ' ' + name(r.to) + ', ' + r.attribution; }).join('; ') + ': open evidence');
      });

      // Table rows, built once; filters hide them.
      var tbody = document.querySelector('#relations tbody');
      var rows = D.relations.map(function (r, i) {
        var tr = el('tr'); tr.dataset.id = r.id;
        var b = el('button', r.id, 'link'); b.type = 'button'; b.addEventListener('click', function () { showRelations([i]); });
        var td = el('td'); td.appendChild(b); tr.appendChild(td);
        [r.type + (r.subtypes.length ? ' (' + r.subtypes.join(', ') + ')' : ''), name(r.from), name(r.to), r.time,
         r.attribution + (r.attributedBy ? ' (' + r.attributedBy + ')' : ''), r.confidence,
         r.citations.map(function (c) { return c.source + (c.locator ? ':' + c.locator : ''); }).join(', ')]
          .forEach(function (t) { tr.appendChild(el('td', t)); });
        tbody.appendChild(tr);
        return tr;
      });

      // Filtering: the date looks up the domain's answers; type, attribution and confidence are plain fields.
      var shown = D.relations.map(function () { return true; });
      function at(r, pos) { if (pos < 0) return true; for (var k = 0; k < r.at.length; k++) if (pos >= r.at[k][0] && pos <= r.at[k][1]) return true; return false; }
      function checked(box) { var s = new Set(); box.querySelectorAll('input:checked').forEach(function (i) { s.add(i.value); }); return s; }
      function apply() {
        var pos = whole.checked ? -1 : Number(slider.value);
        dateLabel.textContent = pos < 0 ? 'whole record' : D.dates[pos].label;
        slider.setAttribute('aria-valuetext', pos < 0 ? 'whole record' : D.dates[pos].label);
        slider.disabled = whole.checked || D.dates.length === 0;
        var types = checked(document.getElementById('types')), atts = checked(document.getElementById('attributions'));
        var least = confRank[conf.value];
        var count = 0, lit = new Set(), active = new Set();
        D.relations.forEach(function (r, i) {
          var on = types.has(r.type) && atts.has(r.attribution) && confRank[r.confidence] >= least && at(r, pos);
          if (on !== shown[i]) { shown[i] = on; rows[i].hidden = !on; }
          if (on) { count++; if (r.line) lit.add(r.line); active.add(r.from); active.add(r.to); }
        });
        lineEls.forEach(function (e, id) { var off = !lit.has(id); if (e.classList.contains('off') !== off) e.classList.toggle('off', off); });
        nodeEls.forEach(function (e, id) { var idle = !active.has(id); if (e.classList.contains('idle') !== idle) e.classList.toggle('idle', idle); });
        document.getElementById('table-count').textContent = String(count);
        document.getElementById('status').textContent = count + ' of ' + D.relations.length + ' relations shown' + (pos < 0 ? ' (whole record)' : ' (as of ' + D.dates[pos].label + ')') + '.';
        document.body.dataset.shown = String(count);
      }
      [slider, whole, conf].forEach(function (c) { c.addEventListener('input', apply); c.addEventListener('change', apply); });
      ['types', 'attributions'].forEach(function (id) { document.getElementById(id).addEventListener('change', apply); });

      // Panels: every text goes in as text, never as markup.
      var panelTitle = document.getElementById('panel-title'), panelBody = document.getElementById('panel-body'), panel = document.getElementById('panel');
      function facts(pairs) {
        var dl = el('dl', null, 'facts');
        pairs.forEach(function (p) { if (p[1] == null || p[1] === '') return; dl.appendChild(el('dt', p[0])); var dd = el('dd'); if (typeof p[1] === 'string') dd.textContent = p[1]; else dd.appendChild(p[1]); dl.appendChild(dd); });
        return dl;
      }
      function citations(list) {
        var ul = el('ul', null, 'citations');
        list.forEach(function (c) {
          var parts = [c.outlet, c.title ? '“' + c.title + '”' : null, c.published ? 'published ' + c.published : null, c.locator ? 'at ' + c.locator : null].filter(Boolean);
          var li = el('li', c.source + ' — ' + (parts.join(', ') || 'no details recorded'), 'cite');
          if (c.reliability) li.appendChild(el('div', 'Source reliability: ' + c.reliability));
          if (c.credibility) li.appendChild(el('div', 'Credibility of this statement: ' + c.credibility));
          if (c.url) li.appendChild(el('div', c.url, 'url'));
          ul.appendChild(li);
        });
        if (!list.length) ul.appendChild(el('li', 'no citation'));
        return ul;
      }
      var chosen = [];
      function choose(els) { chosen.forEach(function (e) { e.classList.remove('chosen'); }); chosen = els.filter(Boolean); chosen.forEach(function (e) { e.classList.add('chosen'); }); }
      function actorButton(id) { var b = el('button', name(id), 'link'); b.type = 'button'; b.addEventListener('click', function () { showActor(id); }); return b; }
      function showActor(id) {
        var a = actorById.get(id); if (!a) return;
        panelTitle.textContent = a.name;
        panelBody.replaceChildren();
        panelBody.appendChild(facts([
          ['Id', a.id], ['Kind', a.kind + (a.subkind ? ', ' + a.subkind : '')], ['Country', a.country],
          ['Also called', a.aliases.join('; ')], ['Member of', a.memberOf.map(name).join(', ')],
          ['Founded', a.founded], ['Dissolved', a.dissolved], ['Notes', a.notes],
          ['Inferred', a.inferred ? 'yes: an actor the data infers, not one a source names' : null]]));
        if (a.citations.length) { panelBody.appendChild(el('h3', 'Sources on this actor')); panelBody.appendChild(citations(a.citations)); }
        panelBody.appendChild(el('h3', 'Relations'));
        var ul = el('ul');
        (relsOfActor.get(id) || []).forEach(function (i) {
          var r = D.relations[i], li = el('li'), b = el('button', name(r.from) + ' ' + r.verb + ' ' + name(r.to) + ' (' + r.time + ')', 'link');
          b.type = 'button'; b.addEventListener('click', function () { showRelations([i]); });
          li.appendChild(b); if (!shown[i]) li.appendChild(document.createTextNode(' — not shown by the current filters'));
          ul.appendChild(li);
        });
        panelBody.appendChild(ul);
        choose([nodeEls.get(id)]);
        panel.focus();
      }
      function showRelations(list) {
        panelTitle.textContent = list.length === 1 ? 'Evidence for ' + D.relations[list[0]].id : 'Evidence for ' + list.length + ' relations on this line';
        panelBody.replaceChildren();
        list.forEach(function (i) {
          var r = D.relations[i], sec = el('section', null, 'evidence');
          sec.dataset.id = r.id;
          sec.appendChild(el('h3', r.id + ': ' + name(r.from) + ' ' + r.verb + ' ' + name(r.to)));
          var ends = el('span'); ends.appendChild(actorButton(r.from)); ends.appendChild(document.createTextNode(' → ')); ends.appendChild(actorButton(r.to));
          sec.appendChild(facts([['Type', r.type + (r.subtypes.length ? ' (' + r.subtypes.join(', ') + ')' : '')], ['Between', ends], ['When', r.time],
            ['Attribution', r.attribution + (r.attributedBy ? ' (by ' + r.attributedBy + ')' : '')], ['Confidence', r.confidence],
            ['Status', r.status], ['Note', r.note], ['Shown now', shown[i] ? 'yes' : 'no (hidden by the current filters)']]));
          sec.appendChild(el('h4', 'Citations'));
          sec.appendChild(citations(r.citations));
          panelBody.appendChild(sec);
        });
        var lines = list.map(function (i) { return lineEls.get(D.relations[i].line); });
        choose(lines);
        panel.focus();
      }
      function activate(target) {
        var g = target.closest ? target.closest('g.node, g.edge, g.cluster') : null;
        if (!g) return false;
        if (g.classList.contains('edge') && relsOfLine.has(g.id)) { showRelations(relsOfLine.get(g.id)); return true; }
        if (g.id.indexOf('actor-') === 0) { showActor(g.id.slice(6)); return true; }
        if (g.id.indexOf('umbrella-') === 0) { showActor(g.id.slice(9)); return true; }
        return false;
      }
      var diagram = document.getElementById('diagram');
      [['zoom-fit', false], ['zoom-actual', true]].forEach(function (z) {
        document.getElementById(z[0]).addEventListener('click', function () {
          diagram.classList.toggle('actual', z[1]);
          document.getElementById('zoom-fit').setAttribute('aria-pressed', String(!z[1]));
          document.getElementById('zoom-actual').setAttribute('aria-pressed', String(z[1]));
        });
      });
      diagram.addEventListener('click', function (ev) { if (activate(ev.target)) ev.preventDefault(); });
      diagram.addEventListener('keydown', function (ev) { if ((ev.key === 'Enter' || ev.key === ' ') && activate(ev.target)) ev.preventDefault(); });

      // Search: names and aliases, folded; hits outlined in the diagram and listed.
      var search = document.getElementById('search'), hitsList = document.getElementById('hits'), hitsCount = document.getElementById('hits-count');
      var keys = D.actors.map(function (a) { return { id: a.id, names: [a.name].concat(a.aliases).map(function (n) { return [n, fold(n)]; }) }; });
      var hits = [];
      function find() {
        var q = fold(search.value);
        hits = [];
        nodeEls.forEach(function (e) { e.classList.remove('hit'); });
        hitsList.replaceChildren();
        if (q) keys.forEach(function (k) {
          var m = k.names.find(function (n) { return n[1].indexOf(q) >= 0; });
          if (m) hits.push([k.id, m[0]]);
        });
        hits.forEach(function (h) {
          var e = nodeEls.get(h[0]); if (e) e.classList.add('hit');
          var li = el('li'), b = actorButton(h[0]);
          li.appendChild(b);
          if (h[1] !== name(h[0])) li.appendChild(document.createTextNode(' (matched “' + h[1] + '”)'));
          hitsList.appendChild(li);
        });
        hitsCount.textContent = q ? (hits.length + (hits.length === 1 ? ' actor found' : ' actors found') + (hits.length ? '; Enter opens the first' : '')) : '';
      }
      search.addEventListener('input', find);
      search.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' && hits.length) { ev.preventDefault(); showActor(hits[0][0]); } });

      // Sorting the table.
      var sortKey = 'id', sortDir = 1;
      var cell = { id: 'id', type: 'type', from: 'from', to: 'to', time: 'time', attribution: 'attribution', confidence: 'confidence' };
      function sortValue(r, key) {
        if (key === 'confidence') return confRank[r.confidence];
        if (key === 'from' || key === 'to') return name(r[key]).toLowerCase();
        if (key === 'time') return r.since || r.date || r.until || r.time;
        if (key === 'sources') return r.citations.map(function (c) { return c.source; }).join(',');
        return String(r[cell[key]]).toLowerCase();
      }
      document.querySelectorAll('#relations th button').forEach(function (b) {
        b.addEventListener('click', function () {
          var key = b.dataset.key;
          sortDir = key === sortKey ? -sortDir : 1; sortKey = key;
          var order = D.relations.map(function (_, i) { return i; });
          order.sort(function (x, y) { var a = sortValue(D.relations[x], key), c = sortValue(D.relations[y], key); return (a < c ? -1 : a > c ? 1 : x - y) * sortDir; });
          order.forEach(function (i) { tbody.appendChild(rows[i]); });
          document.querySelectorAll('#relations th').forEach(function (th) { th.removeAttribute('aria-sort'); });
          b.parentNode.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
        });
      });

      document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape' && chosen.length) { var first = chosen[0]; choose([]); if (first && first.focus) first.focus(); } });
      apply();
      document.body.dataset.ready = 'true';
    })();
    """#
}
