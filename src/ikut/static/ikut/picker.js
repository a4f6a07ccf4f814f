/* Searchable pickers (progressive enhancement: without JavaScript the plain controls work as they are).

   1. Lists of checkboxes marked class="picker-list" (ikut.core.codelists.picker_field, the offer form's skills
      and certificates, the skills profile): a filter box above the list hides the items that do not match
      what is typed (accents and case ignored); the chosen items show above the list as buttons that remove
      them, so a choice hidden by the filter or the scrolling stays visible; a polite live region says how
      many are chosen and shown. Enter in the filter box never submits the form: with exactly one match it
      ticks that item; Arrow Down moves to the first match. Each checkbox keeps its own label.
   2. select[multiple], select[data-picker] and any select with more than 30 options: a filter box above
      the list hides options that do not match; in a multiple select a click toggles an option without
      Ctrl/Cmd, and a live count says how many are chosen. */
(function () {
  "use strict";
  var body = document.body;
  var FILTER = body.getAttribute("data-i18n-filter") || "Type to filter";
  var CHOSEN = body.getAttribute("data-i18n-chosen") || "chosen";
  var SHOWN = body.getAttribute("data-i18n-shown") || "shown";
  var REMOVE = body.getAttribute("data-i18n-remove") || "Remove";
  var NONE = body.getAttribute("data-i18n-none") || "Nothing matches.";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function filterInput(id, controls, name) {
    var input = document.createElement("input");
    input.type = "search";
    input.className = "picker-filter";
    input.id = id;
    input.setAttribute("autocomplete", "off");
    input.setAttribute("aria-controls", controls);
    input.setAttribute("aria-label", (name ? name + " — " : "") + FILTER);
    input.placeholder = FILTER;
    return input;
  }

  function enhanceList(list, index) {
    var fieldset = list.closest("fieldset");
    var legend = fieldset ? fieldset.querySelector("legend") : null;
    var name = legend ? legend.textContent.replace(/[:\s]+$/, "").trim() : "";
    if (!list.id) { list.id = "picker-list-" + index; }
    var boxes = Array.prototype.slice.call(list.querySelectorAll("input[type=checkbox]"));
    var input = filterInput(list.id + "-filter", list.id, name);
    var status = document.createElement("p");
    status.className = "picker-count";
    status.setAttribute("aria-live", "polite");
    var chosen = document.createElement("ul");
    chosen.className = "picker-chosen";
    chosen.setAttribute("aria-label", (name ? name + ": " : "") + CHOSEN);
    var none = document.createElement("p");
    none.className = "picker-none";
    none.textContent = NONE;
    none.hidden = true;
    list.parentNode.insertBefore(input, list);
    list.parentNode.insertBefore(status, list);
    list.parentNode.insertBefore(chosen, list);
    list.parentNode.insertBefore(none, list.nextSibling);

    function row(box) { return box.closest("div") === list ? box.parentNode : box.closest("div"); }
    function labelOf(box) { var label = box.closest("label"); return label ? label.textContent.trim() : box.value; }
    function visible() { return boxes.filter(function (box) { return !row(box).hidden; }); }

    function showStatus() {
      var picked = boxes.filter(function (box) { return box.checked; }).length;
      var text = picked + " " + CHOSEN;
      if (input.value.trim() !== "") { text += " · " + visible().length + " " + SHOWN; }
      status.textContent = text;
    }

    function showChosen() {
      chosen.textContent = "";
      boxes.forEach(function (box) {
        if (!box.checked) { return; }
        var item = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "secondary";
        button.textContent = labelOf(box) + " ×";
        button.setAttribute("aria-label", REMOVE + ": " + labelOf(box));
        button.addEventListener("click", function () {
          box.checked = false;
          box.dispatchEvent(new Event("change", { bubbles: true }));
          input.focus();
        });
        item.appendChild(button);
        chosen.appendChild(item);
      });
      chosen.hidden = chosen.children.length === 0;
    }

    function applyFilter() {
      var wanted = fold(input.value.trim());
      boxes.forEach(function (box) {
        row(box).hidden = wanted !== "" && fold(labelOf(box)).indexOf(wanted) === -1;
      });
      none.hidden = visible().length > 0;
      showStatus();
    }

    input.addEventListener("input", applyFilter);
    input.addEventListener("keydown", function (event) {
      var matches = visible();
      if (event.key === "Enter") {
        event.preventDefault();  // never submit the form from the filter box
        if (matches.length === 1) {
          matches[0].checked = !matches[0].checked;
          matches[0].dispatchEvent(new Event("change", { bubbles: true }));
        }
      } else if (event.key === "ArrowDown" && matches.length) {
        event.preventDefault();
        matches[0].focus();
      }
    });
    list.addEventListener("change", function () { showChosen(); showStatus(); });
    showChosen();
    showStatus();
  }

  function enhanceSelect(select, index) {
    var label = select.id ? document.querySelector('label[for="' + select.id + '"]') : null;
    var input = filterInput((select.id || "picker-" + index) + "-filter", select.id || "",
                            label ? label.textContent.replace(/[:\s]+$/, "") : "");
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
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }
    });
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

  Array.prototype.forEach.call(document.querySelectorAll("main div.picker-list"), enhanceList);
  Array.prototype.forEach.call(document.querySelectorAll("main select"), function (select, index) {
    if (select.multiple || select.hasAttribute("data-picker") || select.options.length > 30) {
      enhanceSelect(select, index);
    }
  });
})();
