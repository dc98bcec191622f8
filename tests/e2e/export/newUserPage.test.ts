/**
 * The new user's path of issue 13 as processes: `init`, `import-bib` of a DBLP export that selects nothing, a page
 * that still shows the newest publications (and says why), `add-pub` without a label showing venue and year, and a
 * publication's PDF and code links as buttons on the page and in academicpages' publication file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { useTempFolders } from '../tempFolders.js';

const { fresh } = useTempFolders();
const dblpExport = fileURLToPath(new URL('../../fixtures/bib/dblp-twelve-papers-none-selected.bib', import.meta.url));

const noneSelectedHint =
  "hint: choose what it shows with `profile select ID…` (ids as `profile list publications` prints them) or `selected: true` in a publication's file; `whenNoneSelected:` on the section in profile.md sets how many\n";

/** The page's "Selected Publications" section, up to the next section. */
function selectedSection(page: string): string {
  const start = page.indexOf('## Selected Publications\n');
  const end = page.indexOf('\n\n', start);
  return page.slice(start, end < 0 ? undefined : end).replace(/\n$/, '');
}

describe('a new user with a DBLP export', () => {
  test('init, import-bib, export, add-pub, select, export --site academicpages', { timeout: 120_000 }, async ({
    expect,
  }) => {
    const root = await fresh();
    const run = (...args: string[]) => runCli(args, { cwd: root });
    expect((await run('init', 'ada', '--name', 'Zexi Li')).status).toBe(0);

    const imported = await run('import-bib', '--dir', 'ada', dblpExport);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('import-bib: 12 added, 0 updated, 0 unchanged, 0 skipped\n');
    expect(imported.stderr).toBe(
      `note: no publication is selected, so "Selected Publications" shows the 10 newest of 12\n${noneSelectedHint}`,
    );

    const firstPage = await run('export', '--format', 'md', '--dir', 'ada');
    expect(firstPage.status).toBe(0);
    expect(firstPage.stderr).toBe(imported.stderr);
    expect(selectedSection(firstPage.stdout)).toBe(
      [
        '## Selected Publications',
        '- [**Preprint**] Editing as Unlearning: Are Knowledge Editing Methods Strong Baselines for Large Language Model Unlearning?  ',
        '  **Zexi Li**, Xiangzhu Wang, William F. Shen, Meghdad Kurmanji, Xinchi Qiu, Dongqi Cai, Chao Wu, and Nicholas D. Lane',
        '- [**KDD 2025**] FedGuCci: Making Local Models More Connected in Landscape for Federated Learning  ',
        '  **Zexi Li**, Jie Lin, Zhiqi Li, Didi Zhu, Tao Shen, Tao Lin, Chao Wu, and Nicholas D. Lane',
        '- [**TMC 2025**] Towards Universal Personalization in Federated Learning via Collaborative Foundation Generative Models  ',
        '  **Zexi Li**, Lingzhi Gao, Yang Wang, Didi Zhu, and Chao Wu',
        '- [**Preprint**] Text-to-Model: Text-Conditioned Neural Network Diffusion for Train-Once-for-All Personalization  ',
        '  **Zexi Li**, Lingzhi Gao, and Chao Wu',
        '- [**ICML 2024**] Training-time Neuron Alignment through Permutation Subspace for Improving Linear Mode Connectivity and Model Fusion  ',
        '  **Zexi Li**, Tao Lin, Xinyi Shang, and Chao Wu',
        '- [**NeurIPS 2024**] WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models  ',
        '  Peng Wang, **Zexi Li**, Ningyu Zhang, Ziwen Xu, Yunzhi Yao, Yong Jiang, Pengjun Xie, Fei Huang, and Huajun Chen',
        '- [**KDD 2024**] Neural Collapse Anchored Prompt Tuning for Generalizable Vision-Language Models  ',
        '  Didi Zhu, **Zexi Li**, Min Zhang, Junkun Yuan, and Chao Wu',
        '- [**SIGIR 2023**] Edge-cloud Collaborative Learning with Federated and Centralized Features  ',
        '  **Zexi Li**, Qunwei Li, Yi Zhou, Wenliang Zhong, Guannan Zhang, and Chao Wu',
        '- [**ICCV 2023**] No Fear of Classifier Biases: Neural Collapse Inspired Federated Learning with Synthetic and Fixed Classifier  ',
        '  **Zexi Li**, Xinyi Shang, Rui He, Tao Lin, and Chao Wu',
        '- [**ICML 2023**] Revisiting Weighted Aggregation in Federated Learning with Neural Networks  ',
        '  **Zexi Li**, Tao Lin, Xinyi Shang, and Chao Wu',
      ].join('\n'),
    );

    // No --label: the page shows the venue and the year, and the title links to the arXiv abstract page.
    const unlabelled = await run(
      'add-pub',
      'Efficient Query Plans for Federated Data',
      '--dir',
      'ada',
      '--author',
      'Zexi Li',
      '--author',
      'Chao Wu#',
      '--venue',
      'ICDE 2024',
      '--date',
      '2024',
      '--arxiv',
      '2405.03409',
    );
    expect(unlabelled.status).toBe(0);
    expect(unlabelled.stderr).toBe(
      [
        'note: without --label, the page shows "ICDE 2024" (the venue\'s short form and the year); --label "…" writes another',
        'note: "ICDE 2024" is a conference, so the publication is written with category: conference (--category writes another)',
        '',
      ].join('\n'),
    );
    const withUnlabelled = await run('export', '--format', 'md', '--dir', 'ada');
    expect(selectedSection(withUnlabelled.stdout)).toContain(
      '- [**ICDE 2024**] [Efficient Query Plans for Federated Data](https://arxiv.org/abs/2405.03409)  \n  **Zexi Li** and Chao Wu\\#\n',
    );

    // A venue the venue map knows gives its short form.
    const linked = await run(
      'add-pub',
      'Fast Federated Learning at Scale',
      '--dir',
      'ada',
      '--author',
      'Zexi Li*',
      '--author',
      'Tao Lin*',
      '--venue',
      'International Conference on Machine Learning',
      '--date',
      '2025-07',
      '--url',
      'https://proceedings.mlr.press/v267/li25a.html',
      '--link',
      'pdf=https://example.org/fast.pdf',
      '--link',
      'code=https://github.com/zexi/fast-fl',
    );
    expect(linked.status).toBe(0);
    expect(linked.stderr).toBe(
      [
        'note: without --label, the page shows "ICML 2025" (the venue\'s short form and the year); --label "…" writes another',
        'note: "International Conference on Machine Learning" is a conference, so the publication is written with category: conference (--category writes another)',
        '',
      ].join('\n'),
    );
    expect((await run('select', '--dir', 'ada', 'li2025fast')).status).toBe(0);

    const selectedPage = await run('export', '--format', 'md', '--dir', 'ada');
    expect(selectedPage.stderr).toBe('');
    expect(selectedSection(selectedPage.stdout)).toBe(
      [
        '## Selected Publications',
        '- [**ICML 2025**] [Fast Federated Learning at Scale](https://proceedings.mlr.press/v267/li25a.html)  ',
        '  **Zexi Li\\*** and Tao Lin\\*  ',
        '  [PDF](https://example.org/fast.pdf) [Code](https://github.com/zexi/fast-fl)',
      ].join('\n'),
    );

    const site = await run('export', '--site', 'academicpages', '--dir', 'ada', '--out', 'site');
    expect(site.status).toBe(0);
    expect(await readFile(path.join(root, 'site/_publications/2025-07-01-li2025fast.md'), 'utf8')).toBe(
      [
        '---',
        'title: Fast Federated Learning at Scale',
        'collection: publications',
        // add-pub wrote category: conference for --venue "International Conference on Machine Learning".
        'category: conferences',
        'permalink: /publication/2025-07-01-li2025fast',
        'date: "2025-07-01"',
        'venue: International Conference on Machine Learning',
        'paperurl: https://example.org/fast.pdf',
        'bibtexurl: /files/bibtex/li2025fast.bib',
        'citation: <b>Zexi Li*</b> and Tao Lin*. (2025). &quot;Fast Federated Learning at Scale.&quot; <i>International Conference on Machine Learning</i>.',
        '---',
        '',
        '[PDF](https://example.org/fast.pdf) [Code](https://github.com/zexi/fast-fl)',
        '',
      ].join('\n'),
    );
    expect(await readFile(path.join(root, 'site/_pages/about.md'), 'utf8')).toContain(
      '  [PDF](https://example.org/fast.pdf) [Code](https://github.com/zexi/fast-fl)\n',
    );
  });
});
