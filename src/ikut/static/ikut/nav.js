/* Staff navigation on phones: below 600 px the menu folds behind a "Menu" button.
   Without JavaScript the button stays hidden and the whole menu shows (it wraps onto several lines). */
(function () {
  "use strict";
  var nav = document.querySelector(".main-nav");
  if (!nav) { return; }
  var button = nav.querySelector(".nav-toggle");
  var list = nav.querySelector("ul");
  if (!button || !list) { return; }
  nav.classList.add("collapsible");
  button.hidden = false;
  button.setAttribute("aria-expanded", "false");
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", open ? "false" : "true");
    nav.classList.toggle("open", !open);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("open")) {
      nav.classList.remove("open");
      button.setAttribute("aria-expanded", "false");
      button.focus();
    }
  });
})();
