(function () {
  "use strict";
  // Interaction only; the page reads fully without it. Never builds HTML from data:
  // it only toggles classes, opens <details> and sets textContent.
  document.documentElement.setAttribute("data-view-ready", "1");

  function tokens(element, name) {
    var value = element.getAttribute(name);
    return value ? value.split(" ") : [];
  }

  function overlaps(a, b) {
    return a.some(function (item) { return b.indexOf(item) >= 0; });
  }

  function clear(article) {
    article.querySelectorAll(".active, .related").forEach(function (element) {
      element.classList.remove("active", "related");
    });
  }

  function markText(article, attribute, ids) {
    article.querySelectorAll(".text .hl").forEach(function (segment) {
      if (overlaps(tokens(segment, attribute), ids)) {
        segment.classList.add("related");
      }
    });
  }

  function selectSegment(segment) {
    var article = segment.closest("article");
    var claims = tokens(segment, "data-claims");
    var entities = tokens(segment, "data-entities");
    var first = null;
    clear(article);
    markText(article, "data-entities", entities);
    segment.classList.add("active");
    article.querySelectorAll("details.claim").forEach(function (claim) {
      if (claims.indexOf(claim.getAttribute("data-claim-id")) >= 0) {
        claim.classList.add("active");
        claim.open = true;
        first = first || claim;
      }
    });
    article.querySelectorAll("li[data-entity-id]").forEach(function (row) {
      if (entities.indexOf(row.getAttribute("data-entity-id")) >= 0) {
        row.classList.add("active");
        first = first || row;
      }
    });
    article.querySelector(".selection").textContent = segment.getAttribute("title") || "";
    if (first) {
      first.scrollIntoView({ block: "nearest" });
    }
  }

  function selectRelated(element, id, dataAttribute) {
    var article = element.closest("article");
    clear(article);
    element.classList.add("active");
    markText(article, dataAttribute, [id]);
    var target = Array.prototype.find.call(
      article.querySelectorAll(".text .hl"),
      function (segment) { return tokens(segment, dataAttribute).indexOf(id) >= 0; }
    );
    if (target) {
      target.scrollIntoView({ block: "center" });
    }
  }

  document.addEventListener("click", function (event) {
    var segment = event.target.closest(".text .hl");
    if (segment) {
      selectSegment(segment);
      return;
    }
    var summary = event.target.closest("details.claim > summary");
    if (summary) {
      var claim = summary.parentElement;
      selectRelated(claim, claim.getAttribute("data-claim-id"), "data-claims");
      return;
    }
    var row = event.target.closest("li[data-entity-id]");
    if (row) {
      selectRelated(row, row.getAttribute("data-entity-id"), "data-entities");
    }
  });
})();
