// Quick exit, the lock on Back, the error summary's focus, and uploads with a size check and progress.
(function () {
  "use strict";
  var exit = document.getElementById("quick-exit");
  function token() {
    var f = document.querySelector("input[name=csrf]");
    return f ? f.value : "";
  }
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.style.display = "none";
    // Close the notes (every session) without waiting, then replace this page in the history.
    try {
      navigator.sendBeacon("/lock", new URLSearchParams({ csrf: token() }));
    } catch (e) { /* the idle lock still applies */ }
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
  // A page brought back from the browser's memory (Back after leaving) is never shown: ask the server again.
  window.addEventListener("pageshow", function (e) {
    if (e.persisted) {
      document.body.style.display = "none";
      window.location.reload();
    }
  });

  function focusErrors() {
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); }
  }

  var HASH_LIMIT = 200 * 1024 * 1024;
  function setUp() {
    focusErrors();
    var input = document.getElementById("file");
    var out = document.getElementById("local-hash");
    var form = document.getElementById("upload");
    if (!input || !out || !form) { return; }
    var max = Number(form.getAttribute("data-max"));
    var status = document.getElementById("upload-status");
    var bar = document.getElementById("upload-progress");
    // Show the SHA-256 of a chosen file at once, before it is sent (the server computes it again).
    input.addEventListener("change", function () {
      var f = input.files && input.files[0];
      status.textContent = "";
      if (!f) { out.textContent = ""; return; }
      if (f.size > max) {
        status.textContent = "This file is too large (" + Math.round(f.size / 1048576) + " MB). The largest file "
          + "you can add is " + Math.round(max / 1073741824) + " GB.";
        out.textContent = "";
        return;
      }
      if (!(window.crypto && window.crypto.subtle) || f.size > HASH_LIMIT) {
        out.textContent = "The fingerprint is worked out while the file is kept.";
        return;
      }
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
    form.addEventListener("submit", function (e) {
      var f = input.files && input.files[0];
      if (!f || !window.XMLHttpRequest || !window.FormData) { return; }
      e.preventDefault();
      if (f.size > max) {
        status.textContent = "This file is too large. The largest file you can add is "
          + Math.round(max / 1073741824) + " GB.";
        input.focus();
        return;
      }
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      bar.hidden = false;
      bar.value = 0;
      form.querySelector("button[type=submit]").disabled = true;
      xhr.upload.addEventListener("progress", function (p) {
        if (p.lengthComputable) {
          var pct = Math.floor(p.loaded * 100 / p.total);
          bar.value = pct;
          status.textContent = "Sending: " + pct + "%";
        }
      });
      xhr.addEventListener("load", function () {
        if (xhr.status < 400) {
          window.location.assign(xhr.responseURL);
          return;
        }
        var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
        var main = doc.getElementById("main");
        if (main) {
          document.getElementById("main").replaceWith(document.importNode(main, true));
          setUp();
        } else {
          status.textContent = "The file was not kept. Please try again.";
        }
      });
      xhr.addEventListener("error", function () {
        status.textContent = "The upload stopped (the connection was lost). Nothing was kept. Try again.";
        bar.hidden = true;
        form.querySelector("button[type=submit]").disabled = false;
      });
      status.textContent = "Sending: 0%";
      xhr.send(new FormData(form));
    });
  }
  setUp();
}());
