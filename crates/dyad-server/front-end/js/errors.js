// Loaded first: records every script error, failed promise and Content-Security-Policy
// violation, shows them to the user in the problems bar, and keeps them in window.__dyad for
// the browser tests.
"use strict";
(function () {
  var state = { errors: [], rendered: null, view: null };
  window.__dyad = state;
  function show(msg) {
    var bar = document.getElementById("problems");
    if (!bar) return;
    var p = document.createElement("p");
    p.textContent = msg;
    bar.appendChild(p);
    bar.hidden = false;
  }
  function record(msg) {
    state.errors.push(String(msg));
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { show(msg); });
    } else {
      show(msg);
    }
  }
  window.addEventListener("error", function (e) {
    record("script error: " + (e.message || e.type) + (e.filename ? " (" + e.filename + ":" + e.lineno + ")" : ""));
  });
  window.addEventListener("unhandledrejection", function (e) {
    record("failed: " + (e.reason && e.reason.message ? e.reason.message : e.reason));
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    record("blocked by the content security policy: " + e.violatedDirective + " " + e.blockedURI);
  });
  var original = console.error;
  console.error = function () {
    record(Array.prototype.join.call(arguments, " "));
    return original.apply(console, arguments);
  };
  state.record = record;
})();
