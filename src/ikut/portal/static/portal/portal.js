/* Survivor portal, progressive: the pages work without this file.
   - Quick exit (button or Esc): replace this page and its history entry with a neutral page.
   - Links inside the portal replace the current history entry, and the job-offer form is sent in the
     background, so the portal occupies a single entry in this tab's history and quick exit removes it.
   - Read aloud with the browser's speech synthesis, where available. Nothing is stored on the device. */
(function () {
  "use strict";
  var body = document.body;
  var exitUrl = body.getAttribute("data-exit") || "about:blank";

  function quickExit(event) {
    if (event) { event.preventDefault(); }
    if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
    document.title = "";
    body.textContent = "";
    window.location.replace(exitUrl);
  }

  function inPortal(a) {
    return a.origin === window.location.origin && a.pathname.indexOf("/portal/") === 0 &&
      a.getAttribute("href").charAt(0) !== "#";
  }

  document.addEventListener("click", function (event) {
    var a = event.target.closest ? event.target.closest("a") : null;
    if (!a) { return; }
    if (a.hasAttribute("data-quick-exit")) { quickExit(event); return; }
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || a.target) { return; }
    if (inPortal(a)) { event.preventDefault(); window.location.replace(a.href); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") { quickExit(event); }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-replace") || !window.fetch || !window.DOMParser) { return; }
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    fetch(form.action, {method: "POST", body: data, credentials: "omit", cache: "no-store",
                        headers: {"Content-Type": "application/x-www-form-urlencoded"}})
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("main");
        var current = document.querySelector("main");
        if (!fresh || !current) { form.submit(); return; }
        current.replaceWith(fresh);
        document.title = doc.title;
        window.scrollTo(0, 0);
        fresh.setAttribute("tabindex", "-1");
        fresh.focus();
      })
      .catch(function () { form.submit(); });
  });

  // Read aloud
  var synth = window.speechSynthesis;
  var button = document.querySelector("[data-read-aloud]");
  if (synth && button && window.SpeechSynthesisUtterance) {
    var label = button.querySelector("span");
    var readLabel = label.textContent;
    var stopLabel = button.getAttribute("data-stop-label");
    button.hidden = false;
    button.addEventListener("click", function () {
      if (synth.speaking) { synth.cancel(); label.textContent = readLabel; return; }
      var main = document.querySelector("main");
      var utterance = new SpeechSynthesisUtterance(main ? main.innerText : "");
      utterance.lang = document.documentElement.lang;
      utterance.onend = function () { label.textContent = readLabel; };
      label.textContent = stopLabel;
      synth.speak(utterance);
    });
  }
})();
