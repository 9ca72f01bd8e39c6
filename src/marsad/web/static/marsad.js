// marsad article page: link the marks in the text with the side lists. No framework, no build.
(function () {
  "use strict";
  var text = document.querySelector(".article-text");
  if (!text) return;

  function fragments(id) {
    return text.querySelectorAll('[data-mark="' + CSS.escape(id) + '"]');
  }
  function light(ids, on) {
    ids.forEach(function (id) {
      fragments(id).forEach(function (el) { el.classList.toggle("lit", on); });
      document.querySelectorAll('.side [data-target~="' + CSS.escape(id) + '"]').forEach(function (li) {
        li.classList.toggle("lit", on);
      });
    });
  }
  function idsOf(el) {
    var ids = [el.getAttribute("data-mark")];
    var owner = el.getAttribute("data-for");
    if (owner) ids.push(owner);
    return ids;
  }

  // Hover in the text: the whole mark (all its fragments) and its entry in the side list.
  text.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest("[data-mark]");
    if (el) light(idsOf(el), true);
  });
  text.addEventListener("mouseout", function (ev) {
    var el = ev.target.closest("[data-mark]");
    if (el) light(idsOf(el), false);
  });

  // Side list: hover lights the marks, click scrolls to the first one.
  document.querySelectorAll(".side [data-target]").forEach(function (li) {
    var ids = li.getAttribute("data-target").split(" ");
    li.addEventListener("mouseenter", function () { light(ids, true); });
    li.addEventListener("mouseleave", function () { light(ids, false); });
    li.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) return;
      var first = fragments(ids[0])[0];
      if (first) first.scrollIntoView({ behavior: "smooth", block: "center" });
    });
  });

  var toggle = document.getElementById("show-chrome");
  if (toggle) {
    var apply = function () { document.body.classList.toggle("hide-chrome", !toggle.checked); };
    toggle.addEventListener("change", apply);
    apply();
  }
})();
