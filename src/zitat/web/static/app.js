// Hover or select a highlighted statement: its marks light up, its field card is marked and shown in
// a tooltip next to the pointer. Only existing DOM nodes are cloned; no text is ever parsed as HTML.
(function () {
  "use strict";
  var pinned = null;
  var tip = document.createElement("div");
  tip.className = "tip";
  tip.hidden = true;

  function ids(el) { return (el.getAttribute("data-s") || "").split(" ").filter(Boolean); }

  function activate(scope, wanted) {
    scope.querySelectorAll("[data-s]").forEach(function (el) {
      var on = ids(el).some(function (id) { return wanted.indexOf(id) >= 0; });
      el.classList.toggle("active", on);
    });
  }

  function card(scope, id) { return scope.querySelector('section.statement[data-s="' + CSS.escape(id) + '"]'); }

  function showTip(scope, wanted, x, y) {
    tip.replaceChildren();
    wanted.forEach(function (id) {
      var c = card(scope, id);
      if (c) { tip.appendChild(c.cloneNode(true)).removeAttribute("id"); }
    });
    tip.hidden = !tip.childNodes.length;
    tip.style.left = Math.min(x + 12, window.innerWidth - 380) + "px";
    tip.style.top = (y + 16) + "px";
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.body.appendChild(tip);
    document.querySelectorAll(".reader").forEach(function (scope) {
      // Hovering previews a statement; leaving returns to the selected one (if any).
      scope.addEventListener("mouseover", function (ev) {
        var el = ev.target.closest("[data-s]");
        if (!el) { return; }
        activate(scope, ids(el));
        if (el.tagName === "MARK") { showTip(scope, ids(el), ev.clientX, ev.clientY); } else { tip.hidden = true; }
      });
      scope.addEventListener("mouseout", function (ev) {
        var to = ev.relatedTarget && ev.relatedTarget.closest && ev.relatedTarget.closest("[data-s]");
        if (!to) { activate(scope, pinned || []); tip.hidden = true; }
      });
      scope.addEventListener("click", function (ev) {
        var el = ev.target.closest("[data-s]");
        pinned = el ? ids(el) : null;
        activate(scope, pinned || []);
        var c = pinned && card(scope, pinned[0]);
        if (c && el.tagName === "MARK") { c.scrollIntoView({block: "nearest"}); c.focus({preventScroll: true}); }
      });
    });
    // Arriving from a search card (#st-s3): select that statement.
    if (location.hash.indexOf("#st-") === 0) {
      var target = document.getElementById(location.hash.slice(1));
      if (target) { target.click(); }
    }
  });
})();
