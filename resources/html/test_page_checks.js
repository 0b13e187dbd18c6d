/* Checks for plate_viewer.js on test_page.html: each line in #results says PASS or FAIL,
   and #results gets data-status="pass" or "fail" at the end. */
(function () {
  "use strict";
  var results = document.getElementById("results");
  var failed = 0;

  function check(name, ok) {
    var li = document.createElement("li");
    li.textContent = (ok ? "PASS " : "FAIL ") + name;
    results.appendChild(li);
    if (!ok) {
      failed += 1;
    }
  }

  function key(target, name) {
    target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
  }

  function guide() {
    return document.getElementById("guide-text").textContent;
  }

  function run() {
    var een = document.getElementById("e-a.een");
    var twee = document.getElementById("e-a.twee");
    var viewport = document.querySelector("#plate-a .viewport");
    check("viewer started", document.documentElement.getAttribute("data-viewer") === "ready");
    check("panel starts with the first plate", guide().indexOf("Inleiding bij plaat A") >= 0);

    een.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    check("click selects", een.classList.contains("selected") && een.getAttribute("aria-pressed") === "true");
    check("related element is marked", twee.classList.contains("related"));
    check("relation line shows", document.querySelector(".rel").classList.contains("on"));
    check("panel shows the element's text", guide().indexOf("Tekst bij een.") >= 0);
    check("escaped text stays text", guide().indexOf("<script>") >= 0 && window.__pwned === undefined);
    check("worksheet follows the plate", document.getElementById("guide-sheet").textContent.indexOf("Aan de slag") >= 0);

    een.focus();
    var tab = new KeyboardEvent("keydown", { key: "Tab", bubbles: true, cancelable: true });
    een.dispatchEvent(tab);
    check("Tab goes on in reading order", document.activeElement === twee && tab.defaultPrevented);
    check("only the visited element is in the tab sequence",
      twee.getAttribute("tabindex") === "0" && een.getAttribute("tabindex") === "-1");
    var last = new KeyboardEvent("keydown", { key: "Tab", bubbles: true, cancelable: true });
    twee.dispatchEvent(last);
    check("Tab on the last element leaves the plate", !last.defaultPrevented);
    key(twee, "ArrowLeft");
    check("arrows go back", document.activeElement === een);
    twee.focus();
    key(twee, "Enter");
    check("Enter selects", twee.classList.contains("selected") && !een.classList.contains("selected"));

    key(twee, "+");
    var zoomed = Number(viewport.getAttribute("data-zoom"));
    check("+ zooms in", zoomed > 1);
    key(twee, "-");
    check("- zooms out", Number(viewport.getAttribute("data-zoom")) < zoomed);
    key(twee, "+");
    key(twee, "0");
    check("0 shows the whole plate", viewport.getAttribute("data-zoom") === "1.000");

    var rect = viewport.getBoundingClientRect();
    viewport.dispatchEvent(new WheelEvent("wheel", {
      deltaY: -200, clientX: rect.left + 10, clientY: rect.top + 10, bubbles: true, cancelable: true
    }));
    check("wheel zooms", Number(viewport.getAttribute("data-zoom")) > 1);

    key(twee, "0");
    function pointer(type, id, x, y) {
      viewport.dispatchEvent(new PointerEvent(type, {
        pointerId: id, clientX: x, clientY: y, bubbles: true, cancelable: true, pointerType: "touch"
      }));
    }
    var midX = rect.left + rect.width / 2;
    var midY = rect.top + rect.height / 2;
    pointer("pointerdown", 1, midX - 20, midY);
    pointer("pointerdown", 2, midX + 20, midY);
    pointer("pointermove", 2, midX + 60, midY);
    pointer("pointerup", 1, midX - 20, midY);
    pointer("pointerup", 2, midX + 60, midY);
    check("pinch zooms", Number(viewport.getAttribute("data-zoom")) > 1.5);
    var before = document.querySelector("#plate-a svg.stage").getAttribute("viewBox");
    pointer("pointerdown", 3, midX, midY);
    pointer("pointermove", 3, midX + 30, midY + 10);
    pointer("pointerup", 3, midX + 30, midY + 10);
    een.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    check("a drag that ends on an element does not select it",
      !een.classList.contains("selected") && twee.classList.contains("selected"));
    check("drag pans", document.querySelector("#plate-a svg.stage").getAttribute("viewBox") !== before);
    key(twee, "0");

    een.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    var link = document.querySelector("#guide-text a[data-goto-plate]");
    link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    var drie = document.getElementById("e-b.drie");
    check("a link jumps to another plate", drie.classList.contains("selected") && document.activeElement === drie);
    check("the old selection is cleared", !een.classList.contains("selected"));

    key(document.body, "Escape");
    check("Escape clears the selection", !drie.classList.contains("selected"));

    results.setAttribute("data-status", failed ? "fail" : "pass");
  }

  if (document.documentElement.getAttribute("data-viewer") === "ready") {
    run();
  } else {
    document.addEventListener("DOMContentLoaded", run);
  }
})();
