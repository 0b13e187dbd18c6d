/* Overzichtsplaten: the interactive part of an exported page (plain JavaScript, no eval).
 *
 * The page holds everything already rendered and escaped by the app: the plate
 * drawings (inline SVG), one focusable node per element (data-element), and
 * each text as hidden HTML. This script only shows and hides what is there:
 * it never parses strings into markup, never loads anything.
 *
 * Per plate (section.plate): click or Enter on an element selects it (it and
 * what relates to it are marked, the side panel #guide shows its text); links
 * in the panel jump to elements, on this plate or another in the page; wheel,
 * pinch and drag zoom and pan; + / - / 0 zoom in, out and back to the whole plate.
 */
(function () {
  "use strict";

  var MIN_ZOOM = 1;
  var MAX_ZOOM = 12;
  var KEY_STEP = 1.25;
  var plates = {};
  var current = null; // {plate, element}

  function byId(id) {
    return document.getElementById(id);
  }

  function announce(text) {
    var live = byId("live");
    if (live) {
      live.textContent = text;
    }
  }

  // --- zoom and pan ---------------------------------------------------------------
  function Plate(section) {
    this.section = section;
    this.id = section.getAttribute("data-plate");
    this.viewport = section.querySelector(".viewport");
    this.svg = section.querySelector("svg.stage");
    var box = this.svg.getAttribute("viewBox").split(/[\s,]+/).map(Number);
    this.width = box[2];
    this.height = box[3];
    this.zoom = 1;
    this.cx = this.width / 2;
    this.cy = this.height / 2;
    this.pointers = {};
    this.dragged = false;
    // the elements in reading order (the page holds them in stacking order)
    this.order = Array.prototype.slice
      .call(section.querySelectorAll(".el"))
      .sort(function (a, b) {
        return Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
      });
    this.apply();
    this.listen();
  }

  Plate.prototype.clamp = function () {
    this.zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.zoom));
    var halfW = this.width / this.zoom / 2;
    var halfH = this.height / this.zoom / 2;
    this.cx = Math.min(this.width - halfW, Math.max(halfW, this.cx));
    this.cy = Math.min(this.height - halfH, Math.max(halfH, this.cy));
  };

  Plate.prototype.apply = function () {
    this.clamp();
    var w = this.width / this.zoom;
    var h = this.height / this.zoom;
    this.svg.setAttribute(
      "viewBox",
      [this.cx - w / 2, this.cy - h / 2, w, h].map(function (v) { return v.toFixed(2); }).join(" ")
    );
    this.viewport.setAttribute("data-zoom", this.zoom.toFixed(3));
    var label = this.section.querySelector(".zoom-level");
    if (label) {
      label.textContent = Math.round(this.zoom * 100) + "%";
    }
  };

  // a point of the screen (client coordinates) in plate units
  Plate.prototype.toPlate = function (clientX, clientY) {
    var rect = this.svg.getBoundingClientRect();
    var w = this.width / this.zoom;
    var h = this.height / this.zoom;
    return {
      x: this.cx - w / 2 + ((clientX - rect.left) / rect.width) * w,
      y: this.cy - h / 2 + ((clientY - rect.top) / rect.height) * h
    };
  };

  // zoom by `factor`, keeping the plate point under (clientX, clientY) where it is
  Plate.prototype.zoomBy = function (factor, clientX, clientY) {
    var rect = this.svg.getBoundingClientRect();
    if (clientX === undefined) {
      clientX = rect.left + rect.width / 2;
      clientY = rect.top + rect.height / 2;
    }
    var before = this.toPlate(clientX, clientY);
    this.zoom *= factor;
    this.clamp();
    var w = this.width / this.zoom;
    var h = this.height / this.zoom;
    this.cx = before.x - ((clientX - rect.left) / rect.width - 0.5) * w;
    this.cy = before.y - ((clientY - rect.top) / rect.height - 0.5) * h;
    this.apply();
  };

  Plate.prototype.reset = function () {
    this.zoom = 1;
    this.cx = this.width / 2;
    this.cy = this.height / 2;
    this.apply();
  };

  Plate.prototype.panBy = function (dxScreen, dyScreen) {
    var rect = this.svg.getBoundingClientRect();
    this.cx -= (dxScreen / rect.width) * (this.width / this.zoom);
    this.cy -= (dyScreen / rect.height) * (this.height / this.zoom);
    this.apply();
  };

  // make sure an element is in view (keyboard focus, a followed link)
  Plate.prototype.reveal = function (node) {
    var hit = node.querySelector(".hit");
    if (!hit || !hit.getBBox) {
      return;
    }
    var b = hit.getBBox();
    var w = this.width / this.zoom;
    var h = this.height / this.zoom;
    var left = this.cx - w / 2;
    var top = this.cy - h / 2;
    if (b.x >= left && b.y >= top && b.x + b.width <= left + w && b.y + b.height <= top + h) {
      return;
    }
    this.cx = b.x + b.width / 2;
    this.cy = b.y + b.height / 2;
    this.apply();
  };

  // one element of the plate is in the page's tab sequence: the one last visited
  Plate.prototype.rove = function (node) {
    this.order.forEach(function (other) {
      other.setAttribute("tabindex", other === node ? "0" : "-1");
    });
  };

  // Tab / Shift+Tab and the arrow keys go element to element in reading order; past
  // the last (or before the first) Tab leaves the plate as usual
  Plate.prototype.step = function (event) {
    var node = event.target.closest ? event.target.closest(".el") : null;
    if (!node || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var back = event.key === "ArrowLeft" || event.key === "ArrowUp" ||
      (event.key === "Tab" && event.shiftKey);
    var forward = event.key === "ArrowRight" || event.key === "ArrowDown" ||
      (event.key === "Tab" && !event.shiftKey);
    if (!back && !forward) {
      return;
    }
    var next = this.order[this.order.indexOf(node) + (back ? -1 : 1)];
    if (!next) {
      return;
    }
    event.preventDefault();
    this.rove(next);
    next.focus();
  };

  Plate.prototype.listen = function () {
    var self = this;
    var vp = this.viewport;
    vp.addEventListener("wheel", function (event) {
      event.preventDefault();
      var delta = event.deltaY * (event.deltaMode === 1 ? 16 : 1);
      self.zoomBy(Math.exp(-delta * (event.ctrlKey ? 0.01 : 0.0015)), event.clientX, event.clientY);
    }, { passive: false });
    vp.addEventListener("pointerdown", function (event) {
      self.pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      self.moved = 0;
      self.dragged = false;
    });
    vp.addEventListener("pointermove", function (event) {
      var last = self.pointers[event.pointerId];
      if (!last) {
        return;
      }
      var ids = Object.keys(self.pointers);
      if (ids.length === 2) { // pinch: the distance between two fingers
        var other = self.pointers[ids[0] == event.pointerId ? ids[1] : ids[0]];
        var before = Math.hypot(last.x - other.x, last.y - other.y);
        var after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
        if (before > 0 && after > 0) {
          self.zoomBy(after / before, (event.clientX + other.x) / 2, (event.clientY + other.y) / 2);
        }
        self.dragged = true;
      } else {
        var dx = event.clientX - last.x;
        var dy = event.clientY - last.y;
        self.moved += Math.abs(dx) + Math.abs(dy);
        if (self.moved > 4) {
          if (!self.dragged && vp.setPointerCapture) {
            try {
              vp.setPointerCapture(event.pointerId); // keep dragging outside the plate
            } catch (error) {
              // the pointer is already gone: pan anyway
            }
          }
          self.dragged = true;
          vp.classList.add("dragging");
          self.panBy(dx, dy);
        }
      }
      self.pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    });
    function up(event) {
      delete self.pointers[event.pointerId];
      vp.classList.remove("dragging");
    }
    vp.addEventListener("pointerup", up);
    vp.addEventListener("pointercancel", up);
    // a drag that ends on an element is not a click on it
    vp.addEventListener("click", function (event) {
      if (self.dragged) {
        event.stopPropagation();
        event.preventDefault();
        self.dragged = false;
      }
    }, true);
    this.section.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      var key = event.key;
      if (key === "+" || key === "=") {
        self.zoomBy(KEY_STEP);
      } else if (key === "-" || key === "_") {
        self.zoomBy(1 / KEY_STEP);
      } else if (key === "0") {
        self.reset();
      } else if (event.target === vp && key.indexOf("Arrow") === 0) {
        var step = 60;
        self.panBy(
          key === "ArrowLeft" ? step : key === "ArrowRight" ? -step : 0,
          key === "ArrowUp" ? step : key === "ArrowDown" ? -step : 0
        );
      } else {
        return;
      }
      event.preventDefault();
    });
    this.section.querySelectorAll("button[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var what = button.getAttribute("data-zoom");
        if (what === "in") {
          self.zoomBy(KEY_STEP);
        } else if (what === "out") {
          self.zoomBy(1 / KEY_STEP);
        } else {
          self.reset();
        }
      });
    });
  };

  // --- selection and the side panel ---------------------------------------------------
  function elementNode(plateId, elementId) {
    return byId("e-" + plateId + "." + elementId);
  }

  function showInPanel(plateId, elementId) {
    var target = byId("guide-text");
    var source = byId(elementId ? "t-" + plateId + "." + elementId : "t-" + plateId);
    if (!target || !source) {
      return;
    }
    target.replaceChildren(source.cloneNode(true));
    target.firstChild.removeAttribute("id");
    var sheet = byId("guide-sheet");
    var worksheet = byId("w-" + plateId);
    if (sheet) {
      sheet.replaceChildren();
      if (worksheet) {
        sheet.appendChild(worksheet.cloneNode(true));
        sheet.firstChild.removeAttribute("id");
      }
    }
    var guide = byId("guide");
    if (guide) {
      guide.scrollTop = 0;
    }
  }

  function clearSelection() {
    document.querySelectorAll(".el.selected, .el.related").forEach(function (node) {
      node.classList.remove("selected", "related");
      node.setAttribute("aria-pressed", "false");
    });
    document.querySelectorAll(".rel.on").forEach(function (line) {
      line.classList.remove("on");
    });
  }

  function select(plateId, elementId) {
    var node = elementNode(plateId, elementId);
    if (!node) {
      return false;
    }
    clearSelection();
    node.classList.add("selected");
    node.setAttribute("aria-pressed", "true");
    var related = (node.getAttribute("data-related") || "").split(" ");
    related.forEach(function (other) {
      var relatedNode = other && elementNode(plateId, other);
      if (relatedNode) {
        relatedNode.classList.add("related");
      }
    });
    var section = node.closest("section.plate");
    section.querySelectorAll(".rel").forEach(function (line) {
      if (line.getAttribute("data-a") === elementId || line.getAttribute("data-b") === elementId) {
        line.classList.add("on");
      }
    });
    current = { plate: plateId, element: elementId };
    document.documentElement.setAttribute("data-selected", plateId + "/" + elementId);
    showInPanel(plateId, elementId);
    announce(node.getAttribute("aria-label") || "");
    return true;
  }

  // follow a link to an element: select it, bring its plate into view, focus it
  function go(plateId, elementId) {
    if (!select(plateId, elementId)) {
      return;
    }
    var node = elementNode(plateId, elementId);
    var plate = plates[plateId];
    if (plate) {
      plate.section.scrollIntoView({ block: "start" });
      plate.reveal(node);
    }
    node.focus({ preventScroll: true });
  }

  function keyboardFocus(node) {
    try {
      return node.matches(":focus-visible");
    } catch (error) {
      return true;
    }
  }

  function onElementEvent(event) {
    var node = event.target.closest ? event.target.closest(".el") : null;
    if (!node) {
      return;
    }
    if (event.type === "keydown" && event.key !== "Enter" && event.key !== " ") {
      return;
    }
    event.preventDefault();
    var section = node.closest("section.plate");
    select(section.getAttribute("data-plate"), node.getAttribute("data-element"));
  }

  function onLink(event) {
    var link = event.target.closest ? event.target.closest("a[data-goto-plate]") : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    go(link.getAttribute("data-goto-plate"), link.getAttribute("data-goto-element"));
  }

  function init() {
    document.querySelectorAll("section.plate").forEach(function (section) {
      var plate = new Plate(section);
      plates[plate.id] = plate;
      section.addEventListener("click", onElementEvent);
      section.addEventListener("keydown", onElementEvent);
      section.addEventListener("keydown", function (event) {
        plate.step(event);
      });
      section.addEventListener("focusin", function (event) {
        var node = event.target.closest ? event.target.closest(".el") : null;
        if (node) {
          plate.rove(node);
        }
        if (node && keyboardFocus(node)) { // a click does not move the view under the mouse
          plate.reveal(node);
        }
      });
    });
    document.addEventListener("click", onLink);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && current) {
        clearSelection();
        current = null;
        document.documentElement.removeAttribute("data-selected");
      }
    });
    window.addEventListener("beforeprint", function () {
      Object.keys(plates).forEach(function (id) { plates[id].reset(); });
    });
    var first = document.querySelector("section.plate");
    if (first) {
      showInPanel(first.getAttribute("data-plate"), null);
    }
    // with nothing chosen, the panel follows the plate in view (its intro and worksheet)
    if (window.IntersectionObserver) {
      var inView = null;
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          var id = entry.target.getAttribute("data-plate");
          if (entry.isIntersecting && !current && id !== inView) {
            inView = id;
            showInPanel(id, null);
          }
        });
      }, { threshold: 0.6 });
      document.querySelectorAll("section.plate").forEach(function (section) {
        observer.observe(section);
      });
    }
    var hash = decodeURIComponent(location.hash.replace(/^#e-/, ""));
    var dot = hash.indexOf(".");
    if (location.hash.indexOf("#e-") === 0 && dot > 0) {
      go(hash.slice(0, dot), hash.slice(dot + 1));
    }
    document.documentElement.setAttribute("data-viewer", "ready");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
