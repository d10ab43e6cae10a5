// vanban web app: the document page's field <-> span links and the import page's uploads. No framework.
(function () {
  "use strict";

  // -- document page: click a field -> its span(s); hover a span -> its field(s) -----------------
  const text = document.getElementById("doctext");
  const panel = document.getElementById("panel");
  if (text && panel) {
    const marksFor = (id) => Array.from(text.querySelectorAll("mark[data-ids]"))
      .filter((m) => m.dataset.ids.split(" ").includes(id));
    const fieldsFor = (ids) => ids.flatMap((id) => Array.from(panel.querySelectorAll(`.fld[data-id="${id}"]`)));
    const show = (id) => {
      text.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
      panel.querySelectorAll(".fld.selected").forEach((f) => f.classList.remove("selected"));
      const marks = marksFor(id);
      marks.forEach((m) => m.classList.add("active"));
      fieldsFor([id]).forEach((f) => f.classList.add("selected"));
      if (marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
    };
    panel.addEventListener("click", (e) => {
      if (e.target.closest("a")) return;
      const f = e.target.closest(".fld[data-id]");
      if (f) show(f.dataset.id);
    });
    panel.addEventListener("keydown", (e) => {
      const f = e.target.closest(".fld[data-id]");
      if (f && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); show(f.dataset.id); }
    });
    text.addEventListener("mouseover", (e) => {
      const m = e.target.closest("mark[data-ids]");
      panel.querySelectorAll(".fld.hover").forEach((f) => f.classList.remove("hover"));
      if (m) fieldsFor(m.dataset.ids.split(" ")).forEach((f) => f.classList.add("hover"));
    });
    text.addEventListener("click", (e) => {
      const m = e.target.closest("mark[data-ids]");
      if (!m) return;
      const f = fieldsFor(m.dataset.ids.split(" "))[0];
      if (f) { show(f.dataset.id); f.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
    });
  }

  // -- import page: each file to POST /v1/documents, two at a time, with progress and errors --------
  const form = document.getElementById("import-form");
  if (form) {
    const rows = document.querySelector("#import-results tbody");
    const bar = document.getElementById("progress");
    const summary = document.getElementById("summary");
    const PARALLEL = 2;
    const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));

    const upload = (file, row) => new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      const data = new FormData();
      data.append("file", file, file.name);
      xhr.open("POST", "/v1/documents");
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) row.cells[2].textContent = Math.round(100 * e.loaded / e.total) + "%"; };
      xhr.onload = () => {
        let body = {};
        try { body = JSON.parse(xhr.responseText); } catch (err) { body = { message: xhr.responseText }; }
        if (xhr.status === 503) {
          const s = parseInt(xhr.getResponseHeader("Retry-After") || "2", 10);
          row.cells[2].textContent = form.dataset.busy.replace("{s}", s);
          setTimeout(() => upload(file, row).then(resolve), s * 1000);
          return;
        }
        resolve({ status: xhr.status, body: body });
      };
      xhr.onerror = () => resolve({ status: 0, body: { message: "network error" } });
      xhr.send(data);
    });

    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const files = [...document.getElementById("files").files, ...document.getElementById("folder").files];
      rows.innerHTML = "";
      bar.max = files.length || 1; bar.value = 0;
      let ok = 0, failed = 0, next = 0;
      const work = async () => {
        while (next < files.length) {
          const i = next++;
          const f = files[i];
          const row = rows.insertRow();
          row.innerHTML = `<td>${i + 1}</td><td>${esc(f.webkitRelativePath || f.name)}</td><td>…</td><td></td>`;
          const r = await upload(f, row);
          if (r.status === 200 || r.status === 201) {
            ok++;
            const rec = r.body.record || {};
            const label = (rec.number && rec.number.normalized) || r.body.id.slice(0, 10);
            row.className = "ok";
            row.cells[2].textContent = r.body.status;
            row.cells[3].innerHTML = `<a href="/documents/${esc(r.body.id)}">${esc(label)}</a>`;
          } else {
            failed++;
            row.className = "err";
            row.cells[2].textContent = `${r.status} ${r.body.stage || r.body.error || ""}`;
            row.cells[3].textContent = r.body.message || "";
          }
          bar.value = ok + failed;
          summary.textContent = form.dataset.done.replace("{ok}", ok).replace("{failed}", failed);
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, work));
    });
  }
})();
