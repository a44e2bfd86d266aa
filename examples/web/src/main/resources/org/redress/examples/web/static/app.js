// Quick exit: replace this page in the history with a neutral site, at once.
(function () {
  "use strict";
  var exit = document.getElementById("quick-exit");
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.style.display = "none";
    window.location.replace(exit.getAttribute("data-exit"));
  }
  if (exit) {
    exit.addEventListener("click", leave);
    var lastEsc = 0;
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape") {
        var now = Date.now();
        if (now - lastEsc < 1000) { leave(e); }
        lastEsc = now;
      }
    });
  }
  // Show the SHA-256 of a chosen file at once, before it is sent (the server computes it again).
  var input = document.getElementById("file");
  var out = document.getElementById("local-hash");
  if (input && out && window.crypto && window.crypto.subtle) {
    input.addEventListener("change", function () {
      var f = input.files && input.files[0];
      if (!f) { out.textContent = ""; return; }
      out.textContent = "Working out the fingerprint\u2026";
      f.arrayBuffer().then(function (buf) {
        return window.crypto.subtle.digest("SHA-256", buf);
      }).then(function (digest) {
        var hex = Array.prototype.map.call(new Uint8Array(digest), function (b) {
          return ("0" + b.toString(16)).slice(-2);
        }).join("");
        out.textContent = "SHA-256 fingerprint of this file: " + hex;
      }).catch(function () { out.textContent = ""; });
    });
  }
}());
