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
