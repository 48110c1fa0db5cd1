extension HTMLRenderer {
    /// The page's inline style sheet.
    static let css = """
        :root { --ink:#1d232b; --muted:#5b6673; --line:#d9dee4; --bg:#f6f7f9; --card:#fff; --accent:#1f5fa8;
          --warn:#b35c00; --warnbg:#fff3e0; --bad:#b3261e; --badbg:#fde8e6; --ok:#1e7b46; --okbg:#e6f4ea; --mark:#ffe58a; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          color: var(--ink); background: var(--bg); }
        header { background: #fff; border-bottom: 1px solid var(--line); padding: 18px 32px 12px; position: sticky; top: 0; z-index: 2; }
        main { padding: 8px 32px 48px; max-width: 1400px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 28px 0 8px; }
        h3 { font-size: 17px; margin: 0 0 2px; }
        .lede { margin: 0 0 8px; color: var(--muted); }
        .lede strong { color: var(--ink); }
        .muted { color: var(--muted); }
        .chips { margin: 0 0 10px; }
        .chip { display: inline-block; padding: 1px 9px; margin: 0 4px 4px 0; border-radius: 11px; font-size: 13px;
          background: var(--warnbg); color: var(--warn); }
        .chip.d-omission, li.d-omission b { color: var(--bad); }
        .chip.d-omission { background: var(--badbg); }
        .filters { display: flex; gap: 18px; flex-wrap: wrap; align-items: center; font-size: 14px; }
        .filters select { font: inherit; padding: 2px 6px; margin-left: 4px; }
        .scroll { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
        table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
        th, td { padding: 5px 9px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        thead th { background: #eef1f5; font-weight: 600; white-space: nowrap; }
        .matrix td { text-align: center; white-space: nowrap; }
        .matrix tbody th { font-weight: normal; min-width: 280px; }
        .matrix td.hit { background: var(--okbg); color: var(--ok); font-weight: 600; }
        .matrix td.odd { background: var(--warnbg); color: var(--warn); }
        .matrix td.miss, .miss { color: #c0564f; background: #fdf1f0; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        .fact { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; margin: 0 0 16px; }
        .gid { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 14px; color: var(--muted); margin-right: 4px; }
        .cat { display: inline-block; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em;
          padding: 1px 7px; border-radius: 4px; background: #e8eef7; color: var(--accent); vertical-align: 2px; margin-right: 4px; }
        .c-killed { background: #fbe3e1; color: #9b1c14; } .c-injured { background: #fdeede; color: #94440a; }
        .c-money { background: #e3f3e8; color: #1e6b3c; } .c-mines { background: #efe8f8; color: #5b3196; }
        .subj { color: var(--muted); font-weight: normal; }
        .meta, .rel { margin: 2px 0; font-size: 13.5px; color: var(--muted); }
        .rel { color: var(--accent); }
        .diffs { margin: 8px 0 4px; padding: 0; list-style: none; font-size: 13.5px; }
        .diffs li { margin: 2px 0; padding: 3px 8px; border-left: 3px solid var(--warn); background: var(--warnbg); border-radius: 0 4px 4px 0; }
        .diffs li b { color: var(--warn); margin-right: 4px; }
        .diffs .v { font-weight: 600; }
        .diffs .o { color: var(--muted); }
        .diffs .o::before { content: "("; } .diffs .o::after { content: ")"; }
        .diffs li.d-omission .o::before, .diffs li.d-omission .o::after { content: none; }
        .diffs i { color: var(--muted); margin: 0 4px; }
        .diffs li.d-omission { border-color: var(--bad); background: var(--badbg); }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(270px, 1fr)); gap: 10px; margin-top: 10px; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: #fcfcfd; }
        .who { display: flex; justify-content: space-between; gap: 8px; font-size: 13px; }
        .outlet { font-weight: 600; }
        .date { color: var(--muted); }
        .num { font-size: 22px; font-weight: 700; margin: 2px 0 0; }
        .num .odd { color: var(--warn); }
        .said { font-size: 13px; margin: 8px 0 0; }
        .said .subject { color: var(--muted); }
        .card.missing { background: transparent; border-style: dashed; color: var(--muted); }
        .card.missing .none { font-size: 13px; font-style: italic; margin-top: 6px; color: #c0564f; }
        .subject { font-size: 13.5px; color: var(--muted); }
        .speaker.own { color: var(--bad); font-style: italic; }
        blockquote { margin: 3px 0 0; padding: 6px 8px; border-left: 3px solid var(--line); background: #fff; font-size: 13.5px; }
        mark { background: var(--mark); padding: 0 2px; border-radius: 2px; font-weight: 600; }
        u { text-decoration-color: var(--accent); text-decoration-thickness: 2px; text-underline-offset: 2px; }
        .path { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; color: var(--muted); word-break: break-all; }
        .wire { color: var(--warn); }
        h2.story { font-size: 18px; margin: 32px 0 4px; padding-top: 10px; border-top: 2px solid var(--line); }
        .story-block .scroll { margin-bottom: 14px; }
        table.outlets { background: #fff; border: 1px solid var(--line); margin: 8px 0 12px; width: auto; }
        .index { font-size: 14px; padding-left: 24px; }
        .src { margin: 2px 0 0; font-size: 12.5px; }
        table.articles { background: #fff; border: 1px solid var(--line); }
        .timelines { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px 10px 32px; font-size: 14px; }
        .timelines li { margin: 4px 0; }
        .arrow { color: var(--muted); margin: 0 6px; }
        .card.dim { opacity: .35; }
        [hidden] { display: none !important; }

        """

    /// The page's inline script: the filters. It touches nothing outside the page.
    static let script = """
        (function () {
          "use strict";
          var category = document.getElementById("f-category");
          var outlet = document.getElementById("f-outlet");
          var diff = document.getElementById("f-diff");
          var multi = document.getElementById("f-multi");
          var story = document.getElementById("f-story");
          var none = document.getElementById("none");
          function apply() {
            var c = category.value, o = outlet.value, shown = 0;
            document.querySelectorAll(".fact, .matrix .row").forEach(function (el) {
              var ok = (!c || el.getAttribute("data-category") === c) &&
                (!o || el.getAttribute("data-outlets").indexOf(" " + o + " ") >= 0) &&
                (!diff.checked || el.getAttribute("data-diff") === "1") &&
                (!multi.checked || el.getAttribute("data-multi") === "1");
              el.hidden = !ok;
              if (ok && el.classList.contains("fact")) { shown += 1; }
              if (ok && o && el.classList.contains("fact")) {
                el.querySelectorAll(".card").forEach(function (card) { card.classList.toggle("dim", !card.classList.contains(o)); });
              } else if (el.classList.contains("fact")) {
                el.querySelectorAll(".card").forEach(function (card) { card.classList.remove("dim"); });
              }
            });
            none.hidden = shown > 0;
            var words = story.value.trim().toLowerCase();
            shown = 0;
            document.querySelectorAll(".story-block").forEach(function (block) {
              var any = block.querySelector(".fact:not([hidden])") !== null &&
                (!words || block.getAttribute("data-label").indexOf(words) >= 0);
              block.hidden = !any;
              if (any) { shown += block.querySelectorAll(".fact:not([hidden])").length; }
            });
            none.hidden = shown > 0;
          }
          [category, outlet, diff, multi].forEach(function (el) { el.addEventListener("change", apply); });
          story.addEventListener("input", apply);
          apply();
          document.documentElement.setAttribute("data-script", "ok");
        })();

        """
}
