/* liability-graph viewer: draws the graph embedded in this page with vis-network.
 *
 * Safety rules (tests/test_html_browser.py checks them in a real browser):
 * - every value from the graph reaches the page as text: textContent, or vis-network's
 *   plain-text titles and labels; nothing here writes HTML;
 * - only http(s) addresses become links (rel="noopener noreferrer"), and nothing is fetched.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("lgraph-data").textContent);
  var NODES = data.nodes; // [key, type, name, aliases, properties, x, y]
  var LINKS = data.links; // [source, target, type, status, first day, last day, properties, evidence, key]
  var DOCS = data.docs; // [title, url, published]
  var LARGE = data.layout === "python";
  var LABEL_MAX = 60;
  var HUGE_LINKS = 20000;

  function byId(id) {
    return document.getElementById(id);
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function fold(text) {
    return String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }

  function shorten(text, max) {
    text = String(text);
    return text.length > max ? text.slice(0, max - 1) + "…" : text;
  }

  function safeUrl(value) {
    if (typeof value !== "string") return null;
    try {
      var url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  function typeStyle(type) {
    return data.styles.nodes[type] || data.styles.defaultNode;
  }

  function statusStyle(status) {
    return data.styles.links[status] || data.styles.defaultLink;
  }

  // -- the data, as vis-network items -----------------------------------------------------

  var outgoing = NODES.map(function () { return []; });
  var incoming = NODES.map(function () { return []; });
  var pairCount = {};
  LINKS.forEach(function (link, j) {
    outgoing[link[0]].push(j);
    incoming[link[1]].push(j);
    var pair = Math.min(link[0], link[1]) + ":" + Math.max(link[0], link[1]);
    pairCount[pair] = (pairCount[pair] || 0) + 1;
  });

  var nodeItems = NODES.map(function (node, i) {
    var style = typeStyle(node[1]);
    var item = {
      id: i,
      label: shorten(node[2], LABEL_MAX),
      title: node[2] + "\n" + node[1],
      shape: style.shape,
      size: style.size,
      color: {
        background: style.color, border: style.color,
        highlight: { background: style.color, border: "#000000" },
        hover: { background: style.color, border: "#000000" },
      },
    };
    if (node[5] !== null && node[5] !== undefined) {
      item.x = node[5];
      item.y = node[6];
    }
    return item;
  });

  var pairSeen = {};
  var edgeItems = LINKS.map(function (link, j) {
    var style = statusStyle(link[3]);
    var item = {
      id: j,
      from: link[0],
      to: link[1],
      title: link[2] + " · " + link[3],
      dashes: style.dashes,
      width: style.width,
      color: { color: style.color, highlight: "#000000", hover: style.color, inherit: false },
    };
    if (!LARGE) item.label = link[2];
    var pair = Math.min(link[0], link[1]) + ":" + Math.max(link[0], link[1]);
    if (!LARGE && pairCount[pair] > 1) {
      // parallel links would be drawn on top of each other: curve them apart
      var k = (pairSeen[pair] = (pairSeen[pair] || 0) + 1);
      item.smooth = { enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.2 * Math.ceil(k / 2) };
    }
    return item;
  });

  // -- filters -------------------------------------------------------------------------

  var nodeTypeOn = {};
  var linkTypeOn = {};
  var statusOn = {};
  var dateRange = null; // [first day, last day] or null
  var hideLonely = false;
  NODES.forEach(function (n) { nodeTypeOn[n[1]] = true; });
  LINKS.forEach(function (l) { linkTypeOn[l[2]] = true; statusOn[l[3]] = true; });

  function linkOn(j) {
    var link = LINKS[j];
    if (!linkTypeOn[link[2]] || !statusOn[link[3]]) return false;
    if (!nodeTypeOn[NODES[link[0]][1]] || !nodeTypeOn[NODES[link[1]][1]]) return false;
    if (dateRange) {
      if (!link[4]) return false;
      if (dateRange[0] && link[5] < dateRange[0]) return false;
      if (dateRange[1] && link[4] > dateRange[1]) return false;
    }
    return true;
  }

  var linked = null; // node index -> has a shown link (only when hiding lonely nodes)

  function nodeOn(i) {
    if (!nodeTypeOn[NODES[i][1]]) return false;
    return !linked || linked[i] === true;
  }

  var nodesData = new vis.DataSet(nodeItems);
  var edgesData = new vis.DataSet(edgeItems);
  var nodesView = new vis.DataView(nodesData, { filter: function (n) { return nodeOn(n.id); } });
  var edgesView = new vis.DataView(edgesData, { filter: function (e) { return linkOn(e.id); } });

  function refresh() {
    linked = null;
    if (hideLonely) {
      linked = {};
      LINKS.forEach(function (link, j) {
        if (linkOn(j)) {
          linked[link[0]] = true;
          linked[link[1]] = true;
        }
      });
    }
    nodesView.refresh();
    edgesView.refresh();
    updateCounts();
  }

  // -- the network ---------------------------------------------------------------------

  var container = byId("graph");
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    nodes: { borderWidth: 1, font: { size: 12, face: "system-ui, sans-serif", color: "#222222" } },
    edges: {
      smooth: false,
      // arrow heads on tens of thousands of edges cost more than they show at that scale
      arrows: { to: { enabled: LINKS.length <= HUGE_LINKS, scaleFactor: 0.5 } },
      font: { size: 9, face: "system-ui, sans-serif", color: "#555555", strokeWidth: 3, align: "middle" },
      selectionWidth: 2,
    },
    interaction: {
      hover: !LARGE,
      tooltipDelay: 250,
      hideEdgesOnDrag: true,
      hideEdgesOnZoom: LARGE,
      multiselect: true,
      keyboard: false,
    },
    physics: LARGE
      ? false
      : {
          enabled: true,
          solver: "forceAtlas2Based",
          forceAtlas2Based: { gravitationalConstant: -50, centralGravity: 0.02, springLength: 90, avoidOverlap: 0.3 },
          stabilization: { enabled: true, iterations: data.stabilize, updateInterval: 25, fit: true },
        },
  };
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);

  var viewer = {
    network: network,
    nodes: nodesData,
    edges: edgesData,
    ready: false,
    firstDrawMs: null,
    nodeIndex: {},
    linkIndex: {},
    shown: function () {
      return { nodes: nodesView.length, edges: edgesView.length };
    },
    rendered: function () {
      return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
    },
  };
  NODES.forEach(function (n, i) { viewer.nodeIndex[n[0]] = i; });
  LINKS.forEach(function (l, j) { viewer.linkIndex[l[8]] = j; });
  window.lgraphViewer = viewer;

  function finished() {
    if (viewer.ready) return;
    if (!LARGE) network.setOptions({ physics: false }); // laid out once, then frozen
    viewer.ready = true;
    byId("progress").textContent = LARGE
      ? "Layout computed when exported; drag edges are hidden while moving."
      : "Layout stabilised and frozen.";
    document.body.setAttribute("data-ready", "1");
  }

  network.once("afterDrawing", function () {
    viewer.firstDrawMs = performance.now();
    if (LARGE) finished();
  });
  if (!LARGE) {
    network.once("stabilizationIterationsDone", function () {
      finished();
      network.redraw();
    });
  }

  // -- counts --------------------------------------------------------------------------

  function updateCounts() {
    var meta = data.meta;
    var text = "Showing " + nodesView.length + " of " + NODES.length + " nodes and " +
      edgesView.length + " of " + LINKS.length + " relationships";
    if (meta.graph_nodes !== NODES.length || meta.graph_links !== LINKS.length) {
      text += " (whole graph: " + meta.graph_nodes + " nodes, " + meta.graph_links + " relationships)";
    }
    if (meta.protected_revealed) text += " · protected names revealed";
    byId("counts").textContent = text;
  }

  // -- legend and filters --------------------------------------------------------------

  function glyph(shape, color, dashed, width) {
    var canvas = document.createElement("canvas");
    canvas.width = 18;
    canvas.height = 14;
    var g = canvas.getContext("2d");
    g.fillStyle = color;
    g.strokeStyle = color;
    var cx = 9, cy = 7, r = 5.5;
    g.beginPath();
    if (shape === "line") {
      g.lineWidth = width;
      if (dashed) g.setLineDash([4, 3]);
      g.moveTo(1, cy);
      g.lineTo(17, cy);
      g.stroke();
      return canvas;
    }
    if (shape === "square") {
      g.rect(cx - r, cy - r, 2 * r, 2 * r);
    } else if (shape === "diamond") {
      g.moveTo(cx, cy - r - 1); g.lineTo(cx + r + 1, cy); g.lineTo(cx, cy + r + 1); g.lineTo(cx - r - 1, cy);
    } else if (shape === "triangle") {
      g.moveTo(cx, cy - r); g.lineTo(cx + r, cy + r); g.lineTo(cx - r, cy + r);
    } else if (shape === "triangleDown") {
      g.moveTo(cx - r, cy - r); g.lineTo(cx + r, cy - r); g.lineTo(cx, cy + r);
    } else if (shape === "hexagon") {
      for (var h = 0; h < 6; h++) {
        var a = Math.PI / 3 * h;
        g.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
      }
    } else if (shape === "star") {
      for (var s = 0; s < 10; s++) {
        var rr = s % 2 ? r / 2.2 : r + 1;
        var b = Math.PI / 5 * s - Math.PI / 2;
        g.lineTo(cx + rr * Math.cos(b), cy + rr * Math.sin(b));
      }
    } else {
      g.arc(cx, cy, r, 0, 2 * Math.PI);
    }
    g.closePath();
    g.fill();
    return canvas;
  }

  function counter(values) {
    var counts = {};
    values.forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
    return counts;
  }

  function filterList(listId, names, counts, state, makeGlyph, describe) {
    var list = byId(listId);
    names.forEach(function (name) {
      if (!counts[name]) return;
      var item = el("li");
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.setAttribute("data-name", name);
      box.addEventListener("change", function () {
        state[name] = box.checked;
        refresh();
      });
      label.appendChild(box);
      label.appendChild(makeGlyph(name));
      label.appendChild(el("span", describe ? name + " (" + describe(name) + ")" : name));
      label.appendChild(el("span", counts[name], "count"));
      item.appendChild(label);
      list.appendChild(item);
    });
  }

  filterList("node-types", data.order.nodes, counter(NODES.map(function (n) { return n[1]; })), nodeTypeOn,
    function (name) { var s = typeStyle(name); return glyph(s.shape, s.color); });
  filterList("rel-types", data.order.links, counter(LINKS.map(function (l) { return l[2]; })), linkTypeOn,
    function () { return glyph("line", "#555555", false, 1.5); });
  filterList("statuses", data.order.statuses, counter(LINKS.map(function (l) { return l[3]; })), statusOn,
    function (name) { var s = statusStyle(name); return glyph("line", s.color, s.dashes, s.width); },
    function (name) { return statusStyle(name).description; });
  (function () {
    var item = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.id = "hide-lonely";
    box.addEventListener("change", function () {
      hideLonely = box.checked;
      refresh();
    });
    label.appendChild(box);
    label.appendChild(el("span", "Hide nodes without a shown relationship"));
    item.appendChild(label);
    byId("statuses").appendChild(item);
  })();

  var DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  function bounds(text) {
    if (text.length === 4) return [text + "-01-01", text + "-12-31"];
    if (text.length === 7) return [text + "-01", text + "-31"];
    return [text, text];
  }

  function applyDates() {
    var since = byId("since").value.trim();
    var until = byId("until").value.trim();
    var note = byId("dates-note");
    if ((since && !DATE.test(since)) || (until && !DATE.test(until))) {
      note.textContent = "Dates are YYYY, YYYY-MM or YYYY-MM-DD.";
      return;
    }
    dateRange = since || until ? [since ? bounds(since)[0] : "", until ? bounds(until)[1] : ""] : null;
    var undated = LINKS.filter(function (l) { return !l[4]; }).length;
    note.textContent = dateRange && undated ? undated + " undated relationship(s) hidden." : "";
    refresh();
  }

  byId("since").addEventListener("change", applyDates);
  byId("until").addEventListener("change", applyDates);
  byId("dates-clear").addEventListener("click", function () {
    byId("since").value = "";
    byId("until").value = "";
    applyDates();
  });

  // -- details -------------------------------------------------------------------------

  var details = byId("details");

  function valueText(value) {
    if (Array.isArray(value)) return value.join(", ");
    if (value === true) return "yes";
    if (value === false) return "no";
    return String(value);
  }

  function propertyTable(props) {
    var keys = Object.keys(props);
    var table = el("table");
    keys.forEach(function (key) {
      var row = el("tr");
      row.appendChild(el("td", key.replace(/_/g, " ")));
      row.appendChild(el("td", valueText(props[key])));
      table.appendChild(row);
    });
    return keys.length ? table : el("span");
  }

  function linkButton(text, onClick) {
    var button = el("button", text, "link");
    button.type = "button";
    button.addEventListener("click", onClick);
    return button;
  }

  function showNode(i) {
    var node = NODES[i];
    clear(details);
    details.appendChild(el("h2", node[2]));
    details.appendChild(el("p", node[1] + (nodeOn(i) ? "" : " · hidden by the filters"), "kind"));
    if (node[3].length) {
      details.appendChild(el("h3", "Aliases"));
      var aliases = el("ul");
      node[3].forEach(function (alias) { aliases.appendChild(el("li", alias)); });
      details.appendChild(aliases);
    }
    details.appendChild(el("h3", "Properties"));
    details.appendChild(propertyTable(node[4]));
    details.appendChild(el("p", "Key: " + node[0], "muted"));
    var ends = el("p", null, "ends");
    var from = el("button", "Path from here");
    from.type = "button";
    from.addEventListener("click", function () { setEnd("from", i); });
    var to = el("button", "Path to here");
    to.type = "button";
    to.addEventListener("click", function () { setEnd("to", i); });
    ends.appendChild(from);
    ends.appendChild(to);
    details.appendChild(ends);
    var links = outgoing[i].concat(incoming[i]);
    details.appendChild(el("h3", "Relationships (" + links.length + ")"));
    var list = el("ul");
    links.forEach(function (j) {
      var link = LINKS[j];
      var out = link[0] === i;
      var other = NODES[out ? link[1] : link[0]][2];
      var text = (out ? "→ " + link[2] + " → " : "← " + link[2] + " ← ") + other + " (" + link[3] + ")";
      var item = el("li");
      item.appendChild(linkButton(text, function () { selectLink(j); }));
      list.appendChild(item);
    });
    details.appendChild(list);
  }

  function datesText(props) {
    var parts = [];
    if (props.date_on) parts.push("on " + props.date_on);
    if (props.date_from) parts.push("from " + props.date_from);
    if (props.date_to) parts.push("to " + props.date_to);
    return parts.join(", ");
  }

  function evidenceBlock(item) {
    // item: [quote, document index, date, status, rule, confidence, start, end, source]
    var block = el("div", null, "evidence");
    block.appendChild(el("blockquote", item[0]));
    var meta = el("p", null, "meta");
    var doc = item[1] >= 0 ? DOCS[item[1]] : null;
    if (doc) {
      var url = safeUrl(doc[1]);
      if (url) {
        var anchor = el("a", doc[0]);
        anchor.href = url;
        anchor.rel = "noopener noreferrer";
        anchor.target = "_blank";
        meta.appendChild(anchor);
      } else {
        meta.appendChild(el("span", doc[0]));
      }
    } else if (item[8]) {
      meta.appendChild(el("span", item[8]));
    }
    var facts = [];
    var date = item[2] || (doc && doc[2]);
    if (date) facts.push(date);
    if (item[3]) facts.push(item[3]);
    if (item[4]) facts.push("rule " + item[4]);
    if (item[5] !== null && item[5] !== undefined) facts.push("confidence " + item[5]);
    if (item[6] !== null && item[6] !== undefined) facts.push("characters " + item[6] + "–" + item[7]);
    meta.appendChild(el("span", (meta.firstChild ? " · " : "") + facts.join(" · ")));
    block.appendChild(meta);
    return block;
  }

  function linkSummary(j, target) {
    var link = LINKS[j];
    target.appendChild(el("h2", NODES[link[0]][2] + " → " + link[2] + " → " + NODES[link[1]][2]));
    var status = el("p", link[3], "status-" + link[3]);
    var dates = datesText(link[6]);
    if (dates) status.appendChild(el("span", " · " + dates, "kind"));
    if (!linkOn(j)) status.appendChild(el("span", " · hidden by the filters", "kind"));
    target.appendChild(status);
    var props = {};
    Object.keys(link[6]).forEach(function (key) {
      if (key.indexOf("date_") !== 0) props[key] = link[6][key];
    });
    target.appendChild(propertyTable(props));
    target.appendChild(el("h3", "Evidence (" + link[7].length + ")"));
    link[7].forEach(function (item) { target.appendChild(evidenceBlock(item)); });
  }

  function showLink(j) {
    clear(details);
    linkSummary(j, details);
    var ends = el("p", null, "ends");
    [0, 1].forEach(function (side) {
      var i = LINKS[j][side];
      ends.appendChild(linkButton(NODES[i][2], function () { selectNode(i); }));
      ends.appendChild(el("span", side ? "" : " · "));
    });
    details.appendChild(ends);
  }

  function selectNode(i) {
    if (nodeOn(i)) {
      network.selectNodes([i]);
      network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: false });
    }
    showNode(i);
  }

  function selectLink(j) {
    if (linkOn(j)) network.setSelection({ nodes: [], edges: [j] }, { highlightEdges: false });
    showLink(j);
  }

  viewer.showNode = selectNode;
  viewer.showLink = selectLink;

  network.on("click", function (params) {
    if (params.nodes.length) {
      var selected = network.getSelectedNodes();
      if (selected.length === 2) {
        setEnd("from", selected[0]);
        setEnd("to", selected[1]);
      }
      showNode(params.nodes[params.nodes.length - 1]);
    } else if (params.edges.length) {
      showLink(params.edges[0]);
    }
  });

  // -- search --------------------------------------------------------------------------

  var names = NODES.map(function (n) {
    return [fold(n[2])].concat(n[3].map(fold));
  });

  function search(query) {
    var q = fold(query).trim();
    if (!q) return [];
    var hits = [];
    for (var i = 0; i < NODES.length && hits.length < 500; i++) {
      var best = -1, via = null;
      for (var k = 0; k < names[i].length; k++) {
        var at = names[i][k].indexOf(q);
        if (at < 0) continue;
        var rank = names[i][k] === q ? 0 : at === 0 ? 1 : 2;
        if (best < 0 || rank < best) {
          best = rank;
          via = k ? NODES[i][3][k - 1] : null;
        }
      }
      if (best >= 0) hits.push([best, NODES[i][2].length, i, via]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.slice(0, 50);
  }
  viewer.search = function (query) {
    return search(query).map(function (hit) { return NODES[hit[2]][2]; });
  };

  var results = byId("results");

  function showResults() {
    clear(results);
    var query = byId("search").value;
    var hits = search(query);
    hits.forEach(function (hit) {
      var item = el("li");
      var button = el("button");
      button.type = "button";
      button.appendChild(el("span", NODES[hit[2]][2]));
      var note = " " + NODES[hit[2]][1] + (hit[3] ? " · alias " + hit[3] : "");
      button.appendChild(el("span", note, "type"));
      button.addEventListener("click", function () { selectNode(hit[2]); });
      item.appendChild(button);
      results.appendChild(item);
    });
    if (query.trim() && !hits.length) results.appendChild(el("li", "No name or alias contains that.", "hint"));
  }

  var timer = null;
  byId("search").addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(showResults, 120);
  });
  byId("search").addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      showResults();
      var first = search(byId("search").value)[0];
      if (first) selectNode(first[2]);
    }
  });

  // -- paths ---------------------------------------------------------------------------

  var ends = { from: null, to: null };

  function setEnd(which, i) {
    ends[which] = i;
    byId("path-" + which).textContent = i === null ? "—" : NODES[i][2];
  }

  function shortestPath(a, b) {
    // breadth-first over the relationships shown, in either direction
    var shown = {};
    edgesView.getIds().forEach(function (j) { shown[j] = true; });
    var previous = {};
    previous[a] = -1;
    var queue = [a];
    for (var head = 0; head < queue.length; head++) {
      var at = queue[head];
      if (at === b) break;
      var links = outgoing[at].concat(incoming[at]);
      for (var k = 0; k < links.length; k++) {
        var j = links[k];
        if (!shown[j]) continue;
        var next = LINKS[j][0] === at ? LINKS[j][1] : LINKS[j][0];
        if (next in previous || !nodeOn(next)) continue;
        previous[next] = j;
        queue.push(next);
      }
    }
    if (!(b in previous)) return null;
    var hops = [];
    for (var node = b; node !== a; ) {
      var link = previous[node];
      hops.unshift(link);
      node = LINKS[link][0] === node ? LINKS[link][1] : LINKS[link][0];
    }
    return hops;
  }

  function showPath() {
    clear(details);
    if (ends.from === null || ends.to === null) {
      details.appendChild(el("p", "Choose both ends of the path first.", "hint"));
      return;
    }
    var hops = shortestPath(ends.from, ends.to);
    var title = NODES[ends.from][2] + " … " + NODES[ends.to][2];
    if (!hops) {
      details.appendChild(el("h2", "No path"));
      details.appendChild(el("p", "No chain of shown relationships links " + title + ".", "hint"));
      return;
    }
    details.appendChild(el("h2", "Path: " + hops.length + " hop(s)"));
    var nodesOnPath = [ends.from];
    hops.forEach(function (j) {
      var hop = el("div", null, "hop");
      linkSummary(j, hop);
      details.appendChild(hop);
      var link = LINKS[j];
      nodesOnPath.push(nodesOnPath[nodesOnPath.length - 1] === link[0] ? link[1] : link[0]);
    });
    network.setSelection({ nodes: nodesOnPath, edges: hops }, { highlightEdges: false });
    network.fit({ nodes: nodesOnPath, animation: false });
  }

  viewer.setEnd = setEnd;
  viewer.showPath = showPath;
  byId("path-show").addEventListener("click", function () {
    var selected = network.getSelectedNodes();
    if (selected.length === 2 && (ends.from === null || ends.to === null)) {
      setEnd("from", selected[0]);
      setEnd("to", selected[1]);
    }
    showPath();
  });
  byId("path-clear").addEventListener("click", function () {
    setEnd("from", null);
    setEnd("to", null);
    network.unselectAll();
  });

  updateCounts();
})();
