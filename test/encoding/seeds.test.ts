// The two real exports the engine was built for. They live outside the repository; skipped when absent.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/encoding/index.js';
import { replay } from './helpers.js';

const seeds = new URL('../../../shared/seeds/', import.meta.url);
const macRoman = new URL('000_8053d2b361503679.txt', seeds);
const cp1254 = new URL('001_904839bfaebfbb0d.txt', seeds);
// Sequences that only mojibake produces (Mac Roman and Windows-1254 readings of UTF-8).
const MOJIBAKE = /‚Ä|üö|üì|üî|‚Üí|\uf8ff|â€|ğŸ|âœ|ï¸|â˜|âš/;

describe.skipIf(!existsSync(macRoman))('seed 000: UTF-8 read as Mac Roman', () => {
  const input = existsSync(macRoman) ? readFileSync(macRoman, 'utf8') : '';
  const result = repairMojibake(input);

  it('is decided at document level as Mac Roman', () => {
    expect(result.encoding).toBe('macintosh');
    expect(result.uncertain).toEqual([]);
  });

  it('restores the text exactly', () => {
    const lines = result.text.split('\n');
    expect(lines).toContain('## 🚀 **Mastering Docker: A Practical Guide for Modern Development**');
    expect(lines).toContain('### 🔹 **Task 1: Introduction & Conceptual Understanding**');
    expect(lines).toContain('📉 **Comparison of Image Sizes**  ');
    expect(lines).toContain('Before optimization: `500MB` → After optimization: `50MB`');
    expect(lines).toContain('📌 **Docker Compose simplifies multi-container applications.**');
    expect(result.text).toContain('managed in today’s DevOps ecosystem. Let’s dive into');
    expect(result.text).toContain('the infamous “works on my machine” issue.');
    expect(result.text).not.toMatch(MOJIBAKE);
  });

  it('replays to the same text, one repair per damaged run', () => {
    expect(replay(input, result)).toBe(result.text);
    expect(result.repairs.find((r) => r.before === '‚Äô')?.after).toBe('’');
    expect(result.repairs.every((r) => r.end - r.start <= 12)).toBe(true);
  });
});

describe.skipIf(!existsSync(cp1254))('seed 001: UTF-8 read as Windows-1254, undefined bytes dropped', () => {
  const input = existsSync(cp1254) ? readFileSync(cp1254, 'utf8') : '';
  const result = repairMojibake(input);
  const lines = result.text.split('\n');
  const line = (prefix: string): string | undefined => lines.find((l) => l.startsWith(prefix));

  it('is decided at document level as Windows-1254', () => {
    expect(result.encoding).toBe('windows-1254');
    expect(replay(input, result)).toBe(result.text);
    expect(result.text).not.toMatch(MOJIBAKE);
  });

  it('restores every emoji, joiner and variation selector', () => {
    expect(lines[1]).toBe('title: "Docker Basics & Advanced Challenge – Week 5 of #90DaysOfDevOps"');
    expect(result.text).toContain('As part of the #90DaysOfDevOps journey, I’ve completed **Week 5**');
    expect(line('## 🔍 Task 1:')).toBeDefined();
    expect(line('### 🌐 What is Docker?')).toBeDefined();
    expect(line('### 🧱 Virtualization')).toBeDefined();
    expect(line('## 🧰 Task 2:')).toBeDefined();
    expect(line('### 🧪 My Sample App')).toBeDefined();
    expect(line('### 📝 Dockerfile')).toBeDefined();
    expect(line('### 🔧 Build & Run')).toBeDefined();
    expect(line('### 🧩Task -3')).toBeDefined();
    expect(line('* **📸 Image**')).toBeDefined();
    expect(line('* **📦 Container**')).toBeDefined();
    expect(line('* **📄 Docker file**')).toBeDefined();
    expect(line('* **💾 Volume**')).toBeDefined();
    expect(line('### ⚙️ Docker Components – The Core System')).toBeDefined();
    expect(line('* **⚙️ Docker Engine**')).toBeDefined();
    expect(line('* **🧑‍💻 Docker CLI**')).toBeDefined();
    expect(line('* **☁️ Docker Hub**')).toBeDefined();
    expect(line('## 🏗️ Task 4:')).toBeDefined();
    expect(line('### 📏 Size Comparison')).toBeDefined();
    expect(line('**✅ Insight:**')).toBeDefined();
    expect(line('## 💾 Task 6:')).toBeDefined();
    expect(line('## 🛡️ Task 9:')).toBeDefined();
    expect(line('### 📘 Commands Recap')).toBeDefined();
    expect(line('### 💡 Final Thoughts')).toBeDefined();
    expect(result.text).toContain('containers—lightweight');
    expect(result.text).toContain('package that’s been');
  });

  it('reports restored bytes as uncertain, with the candidates', () => {
    const search = result.uncertain.find((r) => r.after === '🔍');
    expect(search?.before).toBe('ğŸ”');
    expect(search?.candidates?.[0]).toBe('🔍');
    expect(search?.candidates).toEqual(expect.arrayContaining(['🔁', '🔏', '🔐', '🔝']));
    expect(search?.candidates).not.toContain('🔠');
    const afters = new Set(result.uncertain.map((r) => r.after));
    for (const e of ['🔍', '🌐', '📝', '⚙️', '🧑‍💻', '☁️', '🏗️', '📏', '🛡️']) expect(afters).toContain(e);
    for (const r of result.uncertain) expect(r.candidates?.[0]).toBe(r.after);
  });
});
