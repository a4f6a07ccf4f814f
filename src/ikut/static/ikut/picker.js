/* Searchable pickers over plain selects (progressive enhancement; without JavaScript the select works as is).
   Applies to select[multiple], select[data-picker] and any select with more than 30 options:
   a filter box above the list hides options that do not match what is typed (accents and case ignored);
   in a multiple select a click toggles an option without Ctrl/Cmd, and a live count says how many are chosen. */
(function () {
  "use strict";
  var body = document.body;
  var FILTER = body.getAttribute("data-i18n-filter") || "Type to filter";
  var CHOSEN = body.getAttribute("data-i18n-chosen") || "chosen";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function enhance(select, index) {
    var label = select.id ? document.querySelector('label[for="' + select.id + '"]') : null;
    var input = document.createElement("input");
    input.type = "search";
    input.className = "picker-filter";
    input.id = (select.id || "picker-" + index) + "-filter";
    input.setAttribute("autocomplete", "off");
    input.setAttribute("aria-controls", select.id || "");
    input.setAttribute("aria-label", (label ? label.textContent.replace(/[:\s]+$/, "") + " — " : "") + FILTER);
    input.placeholder = FILTER;
    select.parentNode.insertBefore(input, select);
    var count = null;
    if (select.multiple) {
      count = document.createElement("span");
      count.className = "picker-count";
      count.setAttribute("aria-live", "polite");
      select.parentNode.insertBefore(count, select.nextSibling);
    }
    function showCount() {
      if (count) { count.textContent = select.selectedOptions.length + " " + CHOSEN; }
    }
    input.addEventListener("input", function () {
      var wanted = fold(input.value.trim());
      Array.prototype.forEach.call(select.options, function (option) {
        option.hidden = wanted !== "" && !option.selected && fold(option.textContent).indexOf(wanted) === -1;
      });
    });
    if (select.multiple) {
      select.addEventListener("mousedown", function (event) {
        var option = event.target;
        if (option.tagName !== "OPTION") { return; }
        event.preventDefault();
        option.selected = !option.selected;
        select.focus();
        showCount();
        select.dispatchEvent(new Event("change", { bubbles: true }));
      });
      select.addEventListener("change", showCount);
      showCount();
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("main select"), function (select, index) {
    if (select.multiple || select.hasAttribute("data-picker") || select.options.length > 30) {
      enhance(select, index);
    }
  });
})();
