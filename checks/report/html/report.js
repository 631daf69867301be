"use strict";
(function () {
  var form = document.getElementById("filters");
  if (!form) { return; }
  function checked(name) {
    var on = {};
    form.querySelectorAll("input[name=" + name + "]").forEach(function (el) { on[el.value] = el.checked; });
    return on;
  }
  function apply() {
    var sev = checked("sev"), cat = checked("cat");
    var onlyFlagged = document.getElementById("only-flagged").checked;
    var shown = {};
    document.querySelectorAll("li.finding").forEach(function (li) {
      var ok = sev[li.dataset.sev] !== false && cat[li.dataset.cat] !== false;
      li.classList.toggle("hidden", !ok);
      if (ok) { shown[li.id] = true; }
    });
    document.querySelectorAll("mark[data-f]").forEach(function (m) {
      var ids = m.dataset.f.split(" ");
      m.classList.toggle("off", !ids.some(function (id) { return shown[id]; }));
    });
    document.querySelectorAll("tr.pair").forEach(function (tr) {
      var list = document.getElementById(tr.id + "-f");
      var any = list !== null && list.querySelector("li.finding:not(.hidden)") !== null;
      tr.classList.toggle("hidden", onlyFlagged && !any);
      if (list) { list.classList.toggle("hidden", !any); }
    });
  }
  // A link can open the report filtered: #sev=error,warning&cat=numbers&flagged
  function fromHash() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      if (kv === "") { return; }
      var i = kv.indexOf("=");
      params[i < 0 ? kv : kv.slice(0, i)] = i < 0 ? "" : decodeURIComponent(kv.slice(i + 1));
    });
    ["sev", "cat"].forEach(function (name) {
      if (params[name] === undefined) { return; }
      var want = params[name].split(",");
      form.querySelectorAll("input[name=" + name + "]").forEach(function (el) {
        el.checked = want.indexOf(el.value) >= 0;
      });
    });
    if (params.flagged !== undefined) { document.getElementById("only-flagged").checked = true; }
  }
  form.addEventListener("change", apply);
  fromHash();
  apply();
})();
// The index of documents: a heading sorts by its column (numbers most
// first, names A to Z; again reverses), the checkbox keeps the documents
// with findings. A link can open it so: #sort=error&docs=flagged
(function () {
  var body = document.getElementById("index-rows");
  if (!body) { return; }
  var rows = Array.prototype.slice.call(body.querySelectorAll("tr.doc-row"));
  var only = document.getElementById("only-docs-flagged");
  var heads = document.querySelectorAll("table.sortable th");
  var current = "", natural = true;
  function num(tr, k) { return parseInt(tr.dataset[k], 10) || 0; }
  function compare(key) {
    if (key === "path") {
      return function (a, b) { return a.dataset.path.localeCompare(b.dataset.path) || num(a, "seq") - num(b, "seq"); };
    }
    // Ties fall to the worse document, then to input order.
    var order = [key, "error", "warning", "info"];
    return function (a, b) {
      for (var i = 0; i < order.length; i++) {
        var d = num(b, order[i]) - num(a, order[i]);
        if (d !== 0) { return d; }
      }
      return num(a, "seq") - num(b, "seq");
    };
  }
  // sortBy sorts by key, in its natural direction (numbers most first,
  // names A to Z) or, asNatural false, the other way.
  function sortBy(key, asNatural) {
    var cmp = compare(key);
    rows.sort(asNatural ? cmp : function (a, b) { return cmp(b, a); });
    rows.forEach(function (tr) { body.appendChild(tr); });
    heads.forEach(function (th) {
      var b = th.querySelector("button");
      th.setAttribute("aria-sort", b && b.dataset.sort === key ? (asNatural === (key !== "path") ? "descending" : "ascending") : "none");
    });
    current = key;
    natural = asNatural;
  }
  function filter() {
    var on = only.checked;
    rows.forEach(function (tr) { tr.classList.toggle("hidden", on && !tr.classList.contains("flagged")); });
    document.querySelectorAll("section.doc.clean").forEach(function (s) { s.classList.toggle("hidden", on); });
  }
  heads.forEach(function (th) {
    var b = th.querySelector("button");
    if (!b) { return; }
    b.addEventListener("click", function () {
      sortBy(b.dataset.sort, current === b.dataset.sort ? !natural : true);
    });
  });
  only.addEventListener("change", filter);
  location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
    var i = kv.indexOf("="), k = i < 0 ? kv : kv.slice(0, i), v = i < 0 ? "" : decodeURIComponent(kv.slice(i + 1));
    if (k === "sort" && /^(path|pairs|error|warning|info|total)$/.test(v)) { sortBy(v, true); }
    if (k === "docs" && v === "flagged") { only.checked = true; }
  });
  filter();
})();
