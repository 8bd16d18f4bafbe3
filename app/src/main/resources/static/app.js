// Switchboard's own script (the Content-Security-Policy allows only scripts served by us, none inline):
// times in the viewer's time zone, and the board's running durations ("talking 3 min 12 s").
(function () {
  "use strict";
  function duration(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    if (h > 0) return h + " h " + m + " min";
    if (m > 0) return m + " min " + s + " s";
    return s + " s";
  }
  var dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
  var timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: "medium" });
  function localise(root) {
    root.querySelectorAll("time[datetime][data-local]").forEach(function (el) {
      var d = new Date(el.getAttribute("datetime"));
      if (isNaN(d)) return;
      el.textContent = (el.dataset.local === "time" ? timeOnly : dateTime).format(d);
      el.title = d.toISOString();
    });
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-since]").forEach(function (el) {
      var since = Date.parse(el.getAttribute("data-since"));
      if (!isNaN(since)) el.textContent = duration((now - since) / 1000);
    });
  }
  document.addEventListener("DOMContentLoaded", function () { localise(document); tick(); });
  document.addEventListener("htmx:load", function (e) { localise(e.target); tick(); });
  document.addEventListener("htmx:sseOpen", function () { var b = document.querySelector(".board"); if (b) b.classList.remove("stale"); });
  document.addEventListener("htmx:sseError", function () { var b = document.querySelector(".board"); if (b) b.classList.add("stale"); });
  setInterval(tick, 1000);
})();
