// The SPARQL editor: a textarea over a highlighted copy of its text; runs the query against /sparql.
(function () {
  "use strict";
  const form = document.getElementById("sparql-form");
  if (!form) return;
  const text = document.getElementById("sparql-text");
  const code = document.getElementById("sparql-highlight");
  const status = document.getElementById("sparql-status");
  const results = document.getElementById("sparql-results");
  const KEYWORDS = new Set(("select construct describe ask where prefix base from named optional filter union minus graph " +
    "service bind values group by order having limit offset distinct reduced as asc desc not exists in a count sum min max " +
    "avg sample group_concat separator str lang datatype bound iri uri strlen substr ucase lcase contains strstarts " +
    "strends strbefore strafter regex replace coalesce if true false undef year month day now").split(" "));
  const TOKEN = /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$]\w+)|([A-Za-z][\w.-]*:[\w.-]*|:[\w.-]+)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_]+)/g;
  const CLASSES = [null, "comment", "string", "iri", "variable", "prefixed", "number", "keyword"];

  function escape(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function highlight() {
    const source = text.value;
    let html = "", last = 0;
    source.replace(TOKEN, (match, ...groups) => {
      const offset = groups[groups.length - 2];
      let kind = CLASSES[groups.slice(0, 7).findIndex(g => g !== undefined) + 1];
      if (kind === "keyword" && !KEYWORDS.has(match.toLowerCase())) kind = null;
      html += escape(source.slice(last, offset));
      html += kind ? `<span class="tok-${kind}">${escape(match)}</span>` : escape(match);
      last = offset + match.length;
      return match;
    });
    code.innerHTML = html + escape(source.slice(last)) + "\n";
    code.parentElement.scrollTop = text.scrollTop;
    code.parentElement.scrollLeft = text.scrollLeft;
  }
  function table(data) {
    if (data.boolean !== undefined) return `<p class="lead">${data.boolean}</p>`;
    const vars = data.head.vars;
    const rows = data.results.bindings.map(b => "<tr>" + vars.map(v => `<td>${b[v] ? escape(b[v].value) : ""}</td>`).join("") + "</tr>");
    return `<table class="list answer"><thead><tr>${vars.map(v => `<th>${escape(v)}</th>`).join("")}</tr></thead>` +
      `<tbody>${rows.join("")}</tbody></table>`;
  }
  async function run(event) {
    if (event) event.preventDefault();
    status.className = "meta";
    status.textContent = "running…";
    const started = performance.now();
    try {
      const response = await fetch("/sparql", {method: "POST", body: text.value,
        headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json, text/turtle;q=0.9"}});
      const body = await response.text();
      const took = Math.round(performance.now() - started);
      if (!response.ok) {
        status.className = "meta error";
        status.textContent = `${response.status}: the query was not answered`;
        results.innerHTML = `<pre class="error">${escape(body)}</pre>`;
        return;
      }
      const truncated = response.headers.get("X-Kg87-Truncated");
      if ((response.headers.get("Content-Type") || "").startsWith("text/turtle")) {
        results.innerHTML = `<pre class="sparql">${escape(body)}</pre>`;
        status.textContent = `answered in ${took} ms` + (truncated ? ` (${truncated})` : "");
      } else {
        const data = JSON.parse(body);
        results.innerHTML = table(data);
        const n = data.results ? data.results.bindings.length : 1;
        status.textContent = `${n} row${n === 1 ? "" : "s"} in ${took} ms` + (truncated ? ` (${truncated})` : "");
      }
    } catch (error) {
      status.className = "meta error";
      status.textContent = String(error);
    }
  }
  text.addEventListener("input", highlight);
  text.addEventListener("scroll", highlight);
  text.addEventListener("keydown", event => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run(event);
    if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      text.setRangeText("  ", text.selectionStart, text.selectionEnd, "end");
      highlight();
    }
  });
  form.addEventListener("submit", run);
  for (const link of document.querySelectorAll("a.download")) {
    link.addEventListener("click", () => {
      link.href = "/sparql?" + new URLSearchParams({query: text.value, format: link.dataset.format});
    });
  }
  text.classList.add("highlighted");
  highlight();
})();
