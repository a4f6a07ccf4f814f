/* Survivor portal, progressive: the pages work without this file.
   - Every navigation inside the portal replaces the current history entry instead of adding one: links
     use location.replace(), forms are sent in the background and the answer replaces the page (and,
     after a redirect, the address via history.replaceState). So this tab's history holds at most one
     portal page.
   - Quick exit (button or Esc) replaces that one entry with the neutral page: Back cannot return.
   - Read aloud with the browser's speech synthesis, where available. Nothing is stored on the device. */
(function () {
  "use strict";

  function exitUrl() {
    return document.body.getAttribute("data-exit") || "about:blank";
  }

  function quickExit(event) {
    if (event) { event.preventDefault(); }
    if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
    var target = exitUrl();
    document.title = "";
    document.body.textContent = "";
    window.location.replace(target);
  }

  function inPortal(url) {
    return url.origin === window.location.origin && url.pathname.indexOf("/portal/") === 0;
  }

  function showReadAloud() {
    var button = document.querySelector("[data-read-aloud]");
    if (button && window.speechSynthesis && window.SpeechSynthesisUtterance) { button.hidden = false; }
  }

  function swapIn(html, url) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    if (!doc.body || !doc.body.hasAttribute("data-exit")) { return false; }  // not a portal page
    if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
    document.documentElement.lang = doc.documentElement.lang;
    document.documentElement.dir = doc.documentElement.dir;
    document.title = doc.title;
    document.body.replaceWith(document.adoptNode(doc.body));
    if (url && url !== window.location.href) { window.history.replaceState(null, "", url); }
    showReadAloud();
    window.scrollTo(0, 0);
    var main = document.querySelector("main");
    if (main) { main.setAttribute("tabindex", "-1"); main.focus(); }
    return true;
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("a, [data-read-aloud]") : null;
    if (!target) { return; }
    if (target.hasAttribute("data-read-aloud")) { readAloud(target); return; }
    if (target.hasAttribute("data-quick-exit")) { quickExit(event); return; }
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || target.target) { return; }
    var href = target.getAttribute("href") || "";
    if (href.charAt(0) === "#") { return; }
    if (inPortal(target) || target.hasAttribute("data-replace")) {
      event.preventDefault();
      window.location.replace(target.href);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") { quickExit(event); }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var action = new URL(form.getAttribute("action") || window.location.href, window.location.href);
    if (!inPortal(action) || !window.fetch || !window.DOMParser) { return; }
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form, event.submitter || null));
    if ((form.getAttribute("method") || "get").toLowerCase() !== "post") {
      action.search = data.toString();
      window.location.replace(action.href);
      return;
    }
    fetch(action.href, {method: "POST", body: data, credentials: "same-origin", cache: "no-store",
                        headers: {"Content-Type": "application/x-www-form-urlencoded"}})
      .then(function (response) {
        return response.text().then(function (html) {
          if (!swapIn(html, response.url)) { window.location.replace(response.url); }
        });
      })
      .catch(function () { form.submit(); });
  });

  // Read aloud
  var readLabel = null;
  function readAloud(button) {
    var synth = window.speechSynthesis;
    var label = button.querySelector("span");
    if (!synth || !label) { return; }
    if (readLabel === null) { readLabel = label.textContent; }
    if (synth.speaking) { synth.cancel(); label.textContent = readLabel; return; }
    var main = document.querySelector("main");
    var utterance = new SpeechSynthesisUtterance(main ? main.innerText : "");
    utterance.lang = document.documentElement.lang;
    utterance.onend = function () { label.textContent = readLabel; };
    label.textContent = button.getAttribute("data-stop-label");
    synth.speak(utterance);
  }
  showReadAloud();
})();
