// Language picker: filter the list as the visitor types (names in their own script, English names and codes).
// Nothing is stored: no cookie, no localStorage, autocomplete off; without JavaScript the full list shows.
(function () {
  "use strict";
  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector("[data-lang-filter]");
    var list = document.querySelector("[data-lang-list]");
    if (!box || !list) { return; }
    var items = Array.prototype.slice.call(list.querySelectorAll("li"));
    var status = document.querySelector("[data-lang-count]");
    box.closest("[hidden]") && box.closest("[hidden]").removeAttribute("hidden");
    box.addEventListener("input", function () {
      var query = fold(box.value.trim());
      var shown = 0;
      items.forEach(function (item) {
        var match = !query || fold(item.getAttribute("data-names") || "").indexOf(query) !== -1;
        item.hidden = !match;
        if (match) { shown += 1; }
      });
      if (status) { status.textContent = String(shown); }
    });
  });
})();
