// Proves what each hand-written fixture page becomes, item by item: every news item, publication, talk and service
// entry with its fields (dates at their precision, authors with their marks, labels, links, order, hidden), the
// sections written from items or kept as written, and exactly which lines are kept as written and where.
// Each line was checked by hand against the page it comes from (tests/fixtures/pages/).
import { describe, expect, test } from 'vitest';
import { describeFolder, type ImportDescription } from './describeImport.js';
import { type FixturePage, fixturePages, useImportedPages } from './importedFolder.js';

const { importFixture, importText } = useImportedPages();

const expected: Record<FixturePage, ImportDescription> = {
  // AcadHomepage forks' Educations, Honors and Awards, Work Experience and Internships lists: each section kept as
  // written, its dated lines read as CV items (a commented-out internship hidden); lines no item can hold named.
  'acadhomepage-cv-sections-dated-lines': {
    sections: [
      '11 (bio): bio, as-written',
      '15 🔥 News: news, items',
      '19 📖 Educations: text, as-written',
      '25 🎖 Honors and Awards: text, as-written',
      '30 🐂 Work Experience: text, as-written',
      '33 💻 Internships: text, as-written',
    ],
    kept: [
      '11-13 profile.md',
      '19-23 sections/educations.md',
      '25-28 sections/honors-and-awards.md',
      '30-31 sections/work-experience.md',
      '33-36 sections/internships.md',
    ],
    news: [
      '2023-12: 🎉 A paper was accepted as a full paper by ECIR 2024.',
      '2024-01: 🎉 A paper was accepted by IEEE Access.',
    ],
    publications: [],
    talks: [],
    service: [],
    textSections: ['section/educations', 'section/honors-and-awards', 'section/internships', 'section/work-experience'],
    cv: [
      'award/2020-academic-rising-star-zhejiang-university | name: Academic Rising Star | by: Zhejiang University | date: 2020-12',
      "award/2021-zhejiang-labs-international-talent-fund-for-young | name: Zhejiang Lab's International Talent Fund for Young Professionals | date: 2021-02",
      'education/2015-b-s-in-information-security-xidian-university | degree: B.S. | field: Information Security | institution: Xidian University | start: 2015-09 | end: 2019-06 | advisor: [Prof. Yan Chen](https://users.example.edu/~ychen/)',
      'education/2019-m-s-in-computer-science-2-88-3-0-the-university | degree: M.S. | field: Computer Science (2.88/3.0) | institution: The University of Tokyo | start: 2019-09 | end: 2022-04',
      'education/2022-ph-d-candidate-in-computer-science-the-university | degree: Ph.D. candidate | field: Computer Science | institution: The University of Tokyo | start: 2022-04 | current: true',
      'position/2018-data-analyst-intern-netease-thunderfire-ux | hidden: true | title: Data Analyst Intern | organisation: Netease Thunderfire UX | location: Hangzhou, China | start: 2018-07 | end: 2018-11',
      'position/2020-research-intern-alibaba-damo-academy | title: Research Intern | organisation: Alibaba DAMO Academy | start: 2020-12 | end: 2021-06 | notes: Mentor: [Yong Jiang](https://jiangyong.example.com)',
      'position/2025-project-researcher-national-institute-of-informatics | title: Project Researcher | organisation: National Institute of Informatics | location: Tokyo, Japan | start: 2025-04 | current: true',
    ],
  },
  // academicpages' cv.md: setext headings, trailing years and a `(expected)` note, a season, a position's nested
  // details, teaching lines, and a table of awards read by its header.
  'academicpages-cv-setext-table-awards': {
    sections: [
      '10 (bio): bio, as-written',
      '12 Education: text, as-written',
      '18 Work experience: text, as-written',
      '27 Teaching: text, as-written',
      '32 Honors & Awards: text, as-written',
    ],
    kept: [
      '10-10 profile.md',
      '12-16 sections/education.md',
      '18-25 sections/work-experience.md',
      '27-30 sections/teaching.md',
      '32-37 sections/honors-and-awards.md',
    ],
    news: [],
    publications: [],
    talks: [],
    service: [],
    textSections: ['section/education', 'section/honors-and-awards', 'section/teaching', 'section/work-experience'],
    cv: [
      'award/2019-outstanding-reviewer-neurips | name: Outstanding Reviewer | by: NeurIPS | date: 2019',
      'award/2021-best-paper-award-kdd | name: Best Paper Award | by: KDD | date: 2021',
      'education/2008-b-s-in-github-github-university | degree: B.S. | field: GitHub | institution: GitHub University | start: 2008 | end: 2012',
      'education/2014-m-s-in-jekyll-github-university | degree: M.S. | field: Jekyll | institution: GitHub University | end: 2014',
      'education/2018-ph-d-in-version-control-theory-github-university | degree: Ph.D | field: Version Control Theory | institution: GitHub University | end: 2018 | notes: expected',
      'position/2015-research-assistant-github-university | title: Research Assistant | organisation: GitHub University | location: San Francisco, CA | start: 2015 | notes: Summer 2015',
      'position/2024-academic-pages-collaborator-github-university | title: Academic Pages Collaborator | organisation: GitHub University | start: 2024 | notes: Duties includes: Updates and improvements to template\n\nSupervisor: The Users\n\nSpring 2024',
      'teaching/2019-cs-229-machine-learning-teaching-assistant-fall-2019 | course: CS 229: Machine Learning | role: Teaching Assistant | institution: Stanford University | term: Fall 2019 | date: 2019',
      'teaching/2019-operating-systems-teaching-assistant-2019-09-2020-01 | course: Operating Systems | role: Teaching Assistant | institution: Zhejiang University | term: 2019.09 - 2020.01 | date: 2019-09',
    ],
  },
  // AcadHomepage paper boxes: the venue badge is the label (`ICRA 2025 <span…>Oral</span>` its words), `<sup>⚖️</sup>`
  // marks equal contribution; the template's sample news (commented out), its ResNet paper box and its "Lorem ipsum"
  // line stay text, never items.
  'acadhomepage-paper-box-badges-template-samples': {
    sections: [
      '11 (bio): bio, as-written',
      '13 🔥 News: news, items',
      '18 📝 Publications: publications, as-written',
      '53 🎖 Honors and Awards: text, as-written',
    ],
    kept: [
      '11-11 profile.md',
      '16-16 sections/2022-02-and-nbsp-lorem-ipsum-dolor.md (hidden)',
      '18-51 sections/publications.md',
      '53-54 sections/honors-and-awards.md',
    ],
    news: [
      '2025-03: I started an internship at Shanghai AI Lab.',
      '2025-09: 🎉🎉 Our paper ActiveVLA was accepted to CVPR 2026.',
    ],
    publications: [
      'gu2024language #2 | "Language-Guided Grasping in Clutter" | Yong Gu, Zhen Liu, Yanwei Fu | label: ICRA 2025 Oral | date: 2024 | url: https://arxiv.org/abs/2409.01234 | arxiv: 2409.01234',
      'liu2026activevla #1 | "ActiveVLA: Active Perception for Precise 3D Robotic Manipulation" | Zhen Liu*, Yong Gu*, Yanwei Fu | label: CVPR 2026 | date: 2026 | url: https://arxiv.org/abs/2601.08325 | arxiv: 2601.08325',
    ],
    cv: [
      'award/2024-national-scholarship-for-phd-students | name: National Scholarship for PhD students | date: 2024-10',
    ],
    talks: [],
    service: [],
    textSections: [
      'section/2022-02-and-nbsp-lorem-ipsum-dolor (hidden)',
      'section/honors-and-awards',
      'section/publications',
    ],
  },
  // AcadHomepage news with hidden items, modelled on public pages: one alone between visible ones and a run of two at
  // the end, each in a comment of one line (the run after a blank line), and a hidden paper between visible ones.
  'acadhomepage-hidden-news-one-line-comments': {
    sections: ['7 (bio): bio, as-written', '9 🔥 News: news, items', '18 📝 Publications: publications, items'],
    kept: ['7-7 profile.md'],
    news: [
      '2022-11 (hidden): 🎉🎉 [I was awarded a postdoctoral fellowship.](https://example.org/fellowship)',
      '2023-03 (hidden): 🎉🎉 [Our paper was published in Information Sciences.](https://example.org/isci)',
      '2023-07: 🎉🎉 [Our e-learning project secured funding.](https://example.org/qef)',
      '2024-05 (hidden): 🎉🎉 Draft: the workshop proposal was accepted.',
      '2024-07: 🎉🎉 [I am serving as an Associate Chair of CHI 2025.](https://chi2025.acm.org/)',
      '2024-08: 🎉🎉 [I received an honourable mention for the AI 2000 scholar award.](https://example.org/award)',
    ],
    publications: [
      'jia2024privacy #3 | "Privacy Pipelines" | Jingyu Jia, Alex Wen | label: SOUPS 2024 | date: 2024 | url: https://example.org/soups24',
      'wen2025games #1 | "Games for Phishing Awareness" | Alex Wen, Ning Xu, Jiluan Fan | label: CHI 2025 | date: 2025 | url: https://example.org/chi25 | paper-conference/conference',
      'xuunfinished #2 (hidden) | "An Unfinished Study" | Ning Xu, Alex Wen | label: Preprint | url: https://example.org/draft | article/preprint/preprint',
    ],
    talks: [],
    service: [],
    textSections: [],
  },
  // Publications as `{% include publication.html title="…" authors="…" … %}` calls: kept as written, their parameters read as data.
  'liquid-include-publications-kept': {
    sections: ['7 (bio): bio, as-written', '9 Publications: publications, as-written'],
    kept: ['7-7 profile.md', '11-13 sections/publications.md'],
    news: [],
    publications: [
      'kim2025neural #1 | "Neural Program Repair at Scale" | Dana Kim, Eli Ross, Mia Chen | venue: ICSE | date: 2025 | pdf: https://example.org/repair.pdf | code: https://github.com/dkim/repair',
      'ross2024types #2 | "Types Guide Synthesis" | Eli Ross, Dana Kim | venue: PLDI | date: 2024',
    ],
    talks: [],
    service: [],
    textSections: ['section/publications "Publications"'],
  },
  // A linked title paragraph over an authors paragraph, marks written `$^\dagger$`; the owner named by the bio.
  'linked-title-paragraph-latex-marks': {
    sections: ['6 (bio): bio, as-written', '8 Publications: publications, items'],
    kept: ['6-6 profile.md'],
    news: [],
    publications: [
      'brandt2024fair #2 | "Fair Ranking under Uncertainty" | Leo Brandt, Priya Raman* | date: 2024 | url: https://arxiv.org/abs/2402.00022 | arxiv: 2402.00022',
      'raman2025causal #1 | "Causal Discovery from Irregular Time Series" | Priya Raman*, Leo Brandt*, Yuki Sato | date: 2025 | url: https://arxiv.org/abs/2501.00011 | arxiv: 2501.00011',
    ],
    talks: [],
    service: [],
    textSections: [],
  },
  // al-folio: news as an HTML `<ul>` with `<b>Oct 2025</b>:` dates and a `<li>` in a comment: written from items, the
  // `<ul>` lines kept as the section's `wrap`, the hidden item's line in a comment of its own.
  'html-list-news-with-hidden-item': {
    sections: ['7 (bio): bio, as-written', '9 News: news, items'],
    kept: ['7-7 profile.md'],
    news: [
      '2025-01 (hidden): Draft news.',
      '2025-06: Our paper on Bayesian quadrature was accepted at ICML 2025.',
      '2025-10: I will give a talk at the Isaac Newton Institute.',
    ],
    publications: [],
    talks: [],
    service: [],
    textSections: [],
  },
  // AcadHomepage: a `paper-box` HTML block kept as written, its items read as data; news as a Markdown list, the older
  // ones in a `<details>` HTML list, written from items (the section's `older` block).
  'paper-box-and-details-news-kept': {
    sections: ['11 (bio): bio, as-written', '15 🔥 News: news, items', '27 📝 Publications: publications, as-written'],
    kept: ['11-13 profile.md', '27-40 sections/publications.md'],
    news: [
      '2024-09: I started my PhD at Zhejiang University.',
      '2024-12: I joined Tencent AI Lab as a research intern.',
      '2025-05: 🎉🎉 Two papers accepted to ACL 2025.',
      '2025-09: 🎉🎉 One paper accepted to NeurIPS 2025.',
    ],
    publications: [
      'ren2025prosody #2 | "Prosody-Aware Speech Translation" | Yi Ren, Bowen Zhang | label: ACL 2025 | date: 2025 | url: https://arxiv.org/abs/2505.22222 | arxiv: 2505.22222 | paper-conference/conference',
      'zhang2025fastsinger #1 | "FastSinger: Fast and Expressive Singing Voice Synthesis" | Bowen Zhang, Yi Ren, Zhou Zhao | label: NeurIPS 2025 | date: 2025 | url: https://arxiv.org/abs/2509.11111 | arxiv: 2509.11111',
    ],
    talks: [],
    service: [],
    textSections: ['section/publications'],
  },
  // Headings written as plain lines (`🔥 News`), `2024.04: text` news paragraphs, one in a comment.
  'plain-line-headings-paragraph-news': {
    sections: ['6 (bio): bio, as-written', '8 🔥 News: news, items', '16 📝 Publications: publications, items'],
    kept: ['6-6 profile.md'],
    news: [
      '2023-09 (hidden): I started my PhD at Peking University.',
      '2024-04: I received the Peking University Presidential Scholarship.',
      '2025-06: Our paper on graph transformers was accepted at KDD 2025.',
    ],
    publications: [
      'qiao2025scalable #1 | "Scalable Graph Transformers" | Lin Qiao, Hao Wu, Min Zhang | label: KDD 2025 | date: 2025 | url: https://arxiv.org/abs/2506.00001 | arxiv: 2506.00001 | paper-conference/conference',
    ],
    talks: [],
    service: [],
    textSections: [],
  },
  // Hugo: TOML front matter kept as written, `- 11/2025: text` news, a numbered list of papers with `[PDF] | [Code]`.
  'hugo-toml-front-matter-slash-dates': {
    sections: ['10 (bio): bio, as-written', '12 News: news, items', '18 Publications: publications, items'],
    kept: ['10-10 profile.md'],
    news: [
      '2025-03: I started my PhD with [Prof. Maria Keller](https://example.org/keller).',
      '2025-08: I presented a poster at the ESA Annual Meeting in Baltimore.',
      '2025-11: Our paper on post-fire regrowth was accepted at *Ecology Letters*.',
    ],
    publications: [
      'berg2024seed #2 | "Seed dispersal after wildfire: a field study" | Noah Berg, Ines Roth | label: Journal of Ecology, 2024 | venue: Journal of Ecology | date: 2024 | pdf: https://example.org/seeds.pdf | article-journal/journal',
      'vogt2025post #1 | "Post-fire regrowth from satellite time series" | Lena Vogt, Noah Berg, Ines Roth | label: Ecology Letters, 2025 | venue: Ecology Letters | date: 2025 | pdf: https://example.org/regrowth.pdf | code: https://github.com/nberg/regrowth | article-journal/journal',
    ],
    talks: [],
    service: [],
    textSections: [],
  },
  // AcadHomepage with a BOM, CRLF line ends and `title` written twice; `- *2025.09*: &nbsp;text` and `` `ICCV 2025` `` labels.
  'repeated-key-bom-crlf-backtick-labels': {
    sections: ['9 (bio): bio, as-written', '11 🔥 News: news, items', '16 📝 Publications: publications, items'],
    kept: ['9-9 profile.md'],
    news: [
      '2025-02: I joined Kuaishou as a research intern.',
      '2025-07: Two papers accepted to ICCV 2025.',
      '2025-09: 🎉 One paper accepted to NeurIPS 2025.',
    ],
    publications: [
      'xu2025temporal #2 | "Temporal Tokens for Video Transformers" | Yifan Xu*, Bowen Zhang*, Jie Chen | label: ICCV 2025 | date: 2025 | url: https://arxiv.org/abs/2507.04321 | arxiv: 2507.04321 | paper-conference/conference',
      'zhang2025sparse #1 | "Sparse Attention for Long Video Diffusion" | Bowen Zhang, Yifan Xu, Jie Chen | label: NeurIPS 2025 | date: 2025 | url: https://arxiv.org/abs/2509.01234 | arxiv: 2509.01234 | paper-conference/conference',
    ],
    talks: [],
    service: [],
    textSections: [],
  },
  // al-folio: `* [Nov. 2024] text` news, `+ **Title**` / authors / `*Venue*` publications.
  'bracket-month-news-plus-bullet-papers': {
    sections: ['8 (bio): bio, as-written', '10 News: news, items', '16 Publications: publications, items'],
    kept: ['8-8 profile.md'],
    news: [
      '2024-05: Two papers accepted at RSS 2024.',
      '2024-09: Our lab moved to the new Robotics Innovation Center.',
      '2024-11: Awarded the NSF CAREER grant for work on learning from demonstration.',
    ],
    publications: [
      'lindqvist2024learning #2 | "Learning Contact-Rich Skills from Video" | Sara Lindqvist, Jun Park | label: RSS 2024 | venue: RSS | date: 2024',
      'park2025diffusion #1 | "Diffusion Policies for Bimanual Manipulation" | Jun Park, Sara Lindqvist, Tom Okafor | label: ICML 2025 | venue: ICML | date: 2025 | paper-conference/conference',
    ],
    talks: [],
    service: [],
    textSections: [],
  },
  // `**Dec 2025** text` paragraphs, a blank line apart.
  'bold-date-news-paragraphs': {
    sections: ['6 (bio): bio, as-written', '8 News: news, items', '16 Publications: publications, items'],
    kept: ['6-6 profile.md'],
    news: [
      '2025-06: I joined Google DeepMind as a research scientist.',
      '2025-10: I gave a keynote at the ML for Systems workshop.',
      '2025-12: Our paper on placement with graph RL is out in *Nature*.',
    ],
    publications: [
      'chen2025graph #1 | "Graph Reinforcement Learning for Chip Placement" | Wei Chen, Ana Silva, Raj Patel | label: Nature 2025 | date: 2025 | url: https://doi.org/10.1038/s41586-025-00001-1 | doi: 10.1038/s41586-025-00001-1 | article-journal/journal',
    ],
    talks: [],
    service: [],
    textSections: [],
  },
  'apa-style-publications': {
    sections: [
      '6 (bio): bio, as-written',
      '8 News: news, items',
      '14 Publications: publications, as-written',
      '26 Teaching: text, as-written',
    ],
    kept: ['6-6 profile.md', '16-24 sections/publications.md', '28-28 sections/teaching.md'],
    news: [
      '2024-09: Welcome to our new PhD students, Ada and Tunde!',
      '2025-02: I received an early-career grant from the Masakhane Foundation.',
      '2025-06: Our paper on tone-aware speech recognition was accepted at Interspeech 2025.',
    ],
    publications: [
      'adeyemi2025tone #1 | "Tone-aware speech recognition for Yoruba" | T. Adeyemi*, M. Okonkwo*, S. Bello | label: Proceedings of Interspeech 2025 (pp. 1201–1205), 2025 | venue: Proceedings of Interspeech 2025 | pages: 1201–1205 | date: 2025 | pdf: https://example.org/tone.pdf | code: https://github.com/mokonkwo/tone-asr | paper-conference/conference',
      'bello2022code #6 | "Code-switched speech corpora for Nigerian languages" | S. Bello, T. Adeyemi, M. Okonkwo, L. Chen, C. Nwosu | label: Language Resources and Evaluation, 56, 1–24, 2022 | venue: Language Resources and Evaluation | volume: 56 | pages: 1–24 | date: 2022',
      'garcialopez2023prosody #5 | "Prosody in tonal languages: A survey" | M. García López, M. Okonkwo, J. A. Smith | label: Computer Speech & Language, 80(2), 101–130, 2023 | venue: Computer Speech & Language | volume: 80 | issue: 2 | pages: 101–130 | date: 2023',
      'nwosu2024benchmark #3 | "A benchmark for West African speech" | C. Nwosu, M. Okonkwo | label: arXiv preprint, 2024 | venue: arXiv preprint | date: 2024 | url: https://arxiv.org/abs/2403.01234 | data: https://example.org/wa-speech | arxiv: 2403.01234 | article/preprint/preprint',
      // A dissertation: the title in italics, no venue; `[Doctoral dissertation, …]` has no field and is its notes.
      'okonkwo2021speech #7 | "Speech technology for under-resourced languages" | M. Okonkwo | date: 2021',
      'okonkwo2023unfinished #4 (hidden) | "Unfinished thoughts on code-switching" | M. Okonkwo, S. Bello | label: Manuscript in preparation, 2023 | venue: Manuscript in preparation | date: 2023',
      'okonkwo2024cross #2 | "Cross-lingual transfer for Igbo text-to-speech" | M. Okonkwo, L. Chen, K. van der Berg, C. Nwosu# | label: Transactions of the Association for Computational Linguistics, 12, 455–470, 2024 | venue: Transactions of the Association for Computational Linguistics | volume: 12 | pages: 455–470 | date: 2024 | url: https://doi.org/10.1162/tacl_a_00123 | doi: 10.1162/tacl_a_00123 | article-journal/journal',
    ],
    talks: [],
    service: [],
    textSections: ['section/publications "Publications"', 'section/teaching "Teaching"'],
    cv: [
      'teaching/2025-lin-301-phonetics-and-phonology-spring-2025 | course: LIN 301: Phonetics and Phonology | term: Spring 2025 | date: 2025',
    ],
  },
  'acadhomepage-emoji-headings': {
    sections: [
      '11 (bio): bio, as-written',
      '22 🔥 News: news, items',
      '27 📝 Publications: publications, as-written',
      '44 🎖 Honors and Awards: text, as-written',
      '48 💬 Invited Talks: talks, as-written',
      '52 💻 Internships: text, as-written',
    ],
    kept: [
      '11-20 profile.md',
      '27-42 sections/publications.md',
      '44-46 sections/honors-and-awards.md',
      '48-50 sections/invited-talks.md',
      '52-53 sections/internships.md',
    ],
    news: [
      '2024-05: I will join ByteDance Seed as a research intern this summer.',
      '2024-10: 🎉🎉 I am awarded the National Scholarship.',
      '2025-02: 🎉🎉 Our paper on singing voice conversion is accepted by ICLR 2025!',
    ],
    publications: [
      'li2023fast #3 | "Fast Mel-Spectrogram Inversion" | Jia Li, Wei Zhang | label: Interspeech 2023 | date: 2023 | url: https://arxiv.org/abs/2305.54321 | arxiv: 2305.54321 | paper-conference/conference',
      'zhang2024prosody #2 | "Prosody Transfer for Low-Resource Speech Synthesis" | Wei Zhang, Jia Li, Xu Tan | label: NeurIPS 2024 | date: 2024 | url: https://arxiv.org/abs/2409.12345 | arxiv: 2409.12345 | paper-conference/conference',
      'zhang2025expressive #1 | "Expressive Singing Voice Conversion with Diffusion" | Wei Zhang, Yi Ren, Xu Tan | label: ICLR 2025 | date: 2025 | url: https://openreview.net/forum?id=abc123',
    ],
    talks: [
      '2023-11 | - | "Singing voice generation, Zhiyuan Institute" | invited-talk',
      '2024-06 | - | "Expressive speech synthesis at scale, Microsoft Research Asia" | video: https://github.com/ | invited-talk',
    ],
    service: [],
    textSections: ['section/honors-and-awards', 'section/internships', 'section/invited-talks', 'section/publications'],
    cv: [
      'award/2021-outstanding-graduate-of-beijing | name: Outstanding Graduate of Beijing | date: 2021-06',
      'award/2024-national-scholarship-tsinghua-university | name: National Scholarship | by: Tsinghua University | date: 2024-10',
    ],
  },
  'alfolio-news-table': {
    sections: [
      '21 (bio): bio, as-written',
      '25 news: news, as-written',
      '33 selected publications: publications, items',
      '38 contact: contact, items',
    ],
    kept: ['21-23 profile.md', '27-31 sections/news.md'],
    news: [
      '2024-10-22: A long announcement with its own page: [read more](/news/announcement_2/).',
      '2024-11-07: I gave a talk at the [Bay Area Robotics Symposium](https://bayrobotics.org).',
      '2025-01-15: Our paper on tactile imitation was accepted at **ICRA 2025**! :sparkles:',
    ],
    publications: [
      'chen2025tactile #1 selected | "Tactile Imitation from Few Videos" | Ming Chen, Alex Doe, Jane Roe | label: IEEE International Conference on Robotics and Automation (ICRA), 2025 | venue: IEEE International Conference on Robotics and Automation (ICRA) | date: 2025 | pdf: https://arxiv.org/pdf/2501.01234 | code: https://github.com/alexdoe/tactile-imitation | arxiv: 2501.01234 | paper-conference/conference',
      'doe2023learning #2 selected | "Learning to Grasp from Human Play" | Alex Doe*, Priya Patel*, Jane Roe | label: Conference on Robot Learning (CoRL), 2023 | venue: Conference on Robot Learning (CoRL) | date: 2023 | pdf: https://proceedings.mlr.press/v229/doe23a/doe23a.pdf | project: https://alexdoe.github.io/grasp-play/ | paper-conference/conference',
    ],
    talks: [],
    service: [],
    textSections: ['section/news "news"'],
  },
  'bold-line-headings-dash-bullets': {
    sections: [
      '6 (bio): bio, as-written',
      '8 News: news, items',
      '14 Publications: publications, items',
      '19 Service: service, items',
      '24 Teaching: text, as-written',
    ],
    kept: ['6-6 profile.md', '24-26 sections/teaching.md'],
    news: [
      '2025-05-01: Started my postdoc at the Alan Turing Institute.',
      '2025-06: I gave a tutorial on probabilistic programming at the Turing AI Summit.',
      '2025-07: Our paper on amortized inference was accepted at NeurIPS 2025.',
    ],
    publications: [
      'lovelace2024differentiable #2 | "Differentiable Programs over Discrete Structures" | Ada Lovelace, Charles Babbage | label: International Conference on Machine Learning, 2024 | venue: International Conference on Machine Learning | date: 2024 | paper-conference/conference',
      'smith2025amortized #1 | "Amortized Inference for Probabilistic Programs" | Jane Smith, Ada Lovelace*, Charles Babbage# | label: Advances in Neural Information Processing Systems, 2025 | venue: Advances in Neural Information Processing Systems | date: 2025 | paper-conference/conference',
    ],
    talks: [],
    service: [
      'organizer 2024 #2: Co-organizer of the Probabilistic Programming Workshop at ICML 2024',
      'reviewer - #1: Reviewer: NeurIPS 2024, ICML 2025, AISTATS 2025',
    ],
    textSections: ['section/teaching'],
    cv: [
      'teaching/bayesian-statistics-oxford-2022-teaching-assistant | course: Bayesian Statistics (Oxford, 2022) | role: Teaching assistant',
    ],
  },
  'emoji-bullet-news-lines': {
    sections: ['7 (bio): bio, as-written', '9 📰 Updates: news, items'],
    kept: ['7-7 profile.md'],
    news: [
      '2024-10: 🎤 Gave a talk at the Korean Computer Vision Workshop.',
      '2024-12: ✈️ Attended NeurIPS 2024 in Vancouver.',
      '2025-03: 🏆 Received the KAIST Presidential Fellowship.',
      '2025-06: 📢 I will intern at NAVER AI Lab this fall.',
      '2025-07: 🎉 Our paper on token merging was accepted at ICCV 2025!',
    ],
    publications: [],
    talks: [],
    service: [],
    textSections: [],
  },
  'hidden-items-in-comments': {
    sections: [
      '7 (bio): bio, as-written',
      '9 News: news, items',
      '21 Publications: publications, items',
      '29 Talks: talks, items',
      '38 Teaching: text, as-written',
    ],
    kept: [
      '7-7 profile.md',
      '13-13 profile.md, under its item (hidden)',
      '33-36 sections/old-projects.md (hidden)',
      '39-41 sections/teaching.md',
    ],
    news: [
      '2022-11 (hidden): Even older news.',
      '2023-06 (hidden): Older news that I keep for the record.',
      '2024-09: Welcome to our new PhD students!',
      '2024-12: Two papers accepted at ICLR 2025.',
      '2025-01 (hidden): Draft announcement, not public yet.',
      '2025-03: Our group received a Google Research Award.',
    ],
    publications: [
      'lee2025sparse #1 | "Sparse Mixture of Experts at Scale" | Kim Lee, Sam Park, Dana Wu# | label: ICLR 2025 | date: 2025 | url: https://arxiv.org/abs/2410.00001 | arxiv: 2410.00001 | paper-conference/conference',
      'park2023routing #3 | "Routing Networks Revisited" | Sam Park, Dana Wu | label: NeurIPS 2023 | date: 2023 | url: https://proceedings.neurips.cc/paper/2023/hash/abc | paper-conference/conference',
      'park2023unfinished #2 (hidden) | "An Unfinished Idea" | Sam Park*, Kim Lee* | label: Preprint | date: 2023 | url: https://arxiv.org/abs/2301.00002 | arxiv: 2301.00002 | article/preprint/preprint',
    ],
    talks: [
      '2023-05-11 (hidden) | Mila | "An Old Talk"',
      '2024-10-02 | Vector Institute | "Sparse Models for Everyone"',
    ],
    service: [],
    textSections: ['section/old-projects "Old Projects" (hidden)', 'section/teaching "Teaching"'],
  },
  'hugo-paragraph-news': {
    sections: ['9 (bio): bio, as-written', '13 Recent Updates: news, items', '23 Publications: publications, items'],
    kept: ['9-11 profile.md'],
    news: [
      '2024-03: I joined the University of Edinburgh as an Assistant Professor.',
      '2025-05-15: Two papers accepted at ACL 2025, congratulations to Li and Tomás!',
      '2025-06: I received an ERC Starting Grant ([announcement](https://erc.europa.eu/news)).',
      '2025-07: Our workshop on *Morphology in the Age of LLMs* was accepted at EMNLP 2025.',
    ],
    publications: [
      'ruiz2025morphological #1 | "Morphological Generalization in Multilingual Language Models" | Tomás Ruiz, Maria García | label: ACL 2025 | venue: ACL | date: 2025 | paper-conference/conference',
      'wei2023benchmark #2 | "A Benchmark for Low-Resource Machine Translation of Andean Languages" | Li Wei, Ana Quispe, Maria García | label: EMNLP 2023 | venue: EMNLP | date: 2023 | paper-conference/conference',
    ],
    talks: [],
    service: [],
    textSections: [],
  },
  'multiple-publication-lists-year-subheadings': {
    sections: [
      '6 (bio): bio, as-written',
      '9 Preprints: publications, as-written',
      '13 Conference Papers: publications, as-written',
      '23 Journal Articles: publications, as-written',
    ],
    kept: [
      '6-7 profile.md',
      '11-11 sections/preprints.md',
      '15-21 sections/conference-papers.md',
      '25-25 sections/journal-articles.md',
    ],
    news: [],
    publications: [
      'liu2023survey #4 | "A Survey of Graph Neural Networks for Chemistry" | Chen Liu, Wei Tan | label: IEEE Transactions on Knowledge and Data Engineering, 2023 | venue: IEEE Transactions on Knowledge and Data Engineering | date: 2023 | url: https://doi.org/10.1109/TKDE.2023.1234567 | doi: 10.1109/TKDE.2023.1234567 | article-journal/journal',
      'liu2025scaling #1 | "Scaling Laws for Graph Transformers" | Chen Liu#, Rahul Mehta | label: arXiv preprint, 2025 | venue: arXiv preprint | date: 2025 | url: https://arxiv.org/abs/2502.55555 | arxiv: 2502.55555 | article/preprint/preprint',
      'mehta2024equivariant #2 | "Equivariant Message Passing at Scale" | Rahul Mehta*, Sofia Rossi*, Chen Liu# | label: ICLR 2024 | venue: ICLR | date: 2024 | url: https://openreview.net/forum?id=xyz | paper-conference/conference',
      'rossi2023graph #3 | "Graph Rewiring without Tears" | Sofia Rossi, Chen Liu | label: ICML 2023 | venue: ICML | date: 2023 | url: https://proceedings.mlr.press/v202/rossi23a.html | paper-conference/conference',
    ],
    talks: [],
    service: [],
    textSections: [
      'section/conference-papers "Conference Papers"',
      'section/journal-articles "Journal Articles"',
      'section/preprints "Preprints"',
    ],
  },
  'ordered-list-talks-liquid': {
    sections: [
      '8 (bio): bio, as-written',
      '12 Invited Talks: talks, items',
      '17 Academic Service: service, items',
      '24 Awards: text, as-written',
    ],
    kept: ['8-10 profile.md', '25-26 sections/awards.md'],
    news: [],
    publications: [],
    talks: [
      '2023-11 | Harvard Medical School | "Protein Language Models in the Clinic" | url: https://youtu.be/abc123 | invited-talk',
      '2024-03 | Stanford Bioinformatics Seminar | "Foundation Models for Genomics" | invited-talk',
      '2025-07 | Broad Institute Retreat, Cambridge MA | "Single-Cell Atlases at Scale" | invited-talk',
    ],
    service: [
      'chair 2025 #2: Area Chair, [RECOMB 2025]({{ site.baseurl }}/service/recomb)',
      'committee 2023 #3: Program Committee member, ISMB 2023',
      'reviewer - #1: Reviewer:\n* NeurIPS 2024\n* ICML 2024, 2025',
    ],
    textSections: ['section/awards "Awards"'],
    cv: [
      'award/2021-best-paper-award-recomb | name: Best Paper Award | by: RECOMB | date: 2021',
      'award/2024-sloan-research-fellowship | name: Sloan Research Fellowship | date: 2024',
    ],
  },
  'selected-and-full-publications': {
    sections: [
      '8 (bio): bio, as-written',
      '10 News: news, items',
      '15 Selected Publications: publications, items',
      '21 Publications: publications, items',
    ],
    kept: ['8-8 profile.md'],
    news: [
      '2025-01: I joined DeepMind.',
      '2025-05-12: I gave a keynote at the RL Summer School.',
      '2025-07-01: Our paper on offline RL was accepted at CoRL 2025.',
    ],
    publications: [
      'farouk2025offline #1 | "Offline RL for Real Robots" | Omar Farouk, Yuki Tanaka | label: CoRL 2025 | date: 2025 | url: https://arxiv.org/abs/2507.33333 | arxiv: 2507.33333 | paper-conference/conference',
      'tanaka2022offline #4 selected | "Offline Reinforcement Learning with Implicit Models" | Yuki Tanaka, Lena Schmidt | label: NeurIPS 2022 | date: 2022 | url: https://arxiv.org/abs/2205.22222 | arxiv: 2205.22222 | paper-conference/conference',
      'tanaka2023world #3 | "World Models as Priors" | Yuki Tanaka | label: Preprint | date: 2023 | url: https://arxiv.org/abs/2311.44444 | arxiv: 2311.44444 | article/preprint/preprint',
      'tanaka2024conservative #2 selected | "Conservative Q-Learning, Revisited" | Yuki Tanaka*, Omar Farouk*, Lena Schmidt# | label: ICML 2024 | date: 2024 | url: https://arxiv.org/abs/2402.11111 | arxiv: 2402.11111 | paper-conference/conference',
    ],
    talks: [],
    service: [],
    textSections: [],
  },
  'unknown-sections-html-images': {
    sections: [
      '6 (bio): bio, as-written',
      '17 Education: text, as-written',
      '24 Research Projects: text, as-written',
      '35 Misc: text, as-written',
    ],
    kept: [
      '6-15 profile.md',
      '19-22 sections/education.md',
      '25-33 sections/research-projects.md',
      '35-38 sections/misc.md',
    ],
    news: [],
    publications: [],
    talks: [],
    service: [],
    textSections: ['section/education "Education"', 'section/misc', 'section/research-projects "Research Projects"'],
    cv: [
      'education/2020-bsc-in-computer-science-american-university-of-beirut | degree: BSc | field: Computer Science | institution: American University of Beirut | end: 2020',
      'education/2026-phd-in-hci-university-of-washington | degree: PhD | field: HCI | institution: University of Washington | end: 2026 | notes: expected',
    ],
  },
};

describe.each(fixturePages)('%s', (page) => {
  test('becomes exactly these items, sections and kept lines', async () => {
    const { report, profile } = await importFixture(page);
    expect(describeFolder(report, profile)).toEqual(expected[page]);
  });
});

describe('why a section is kept as written, in the report', () => {
  test('a table of news with a header row: the header has no place in a list', async () => {
    const { report } = await importFixture('alfolio-news-table');
    expect(report.sections[1]?.notes).toEqual(['line 27: the list profile writes would not show Date, News']);
  });

  test('publications followed by [PDF] and [Code] links are written from their items: the page has link buttons', async () => {
    const { report, exported, profile } = await importFixture('alfolio-news-table');
    expect(report.sections[2]?.notes).toEqual([]);
    // As the page wrote them: `[[PDF]](…)`, the links layout read off the page.
    expect(exported).toContain(
      ' 2025. [[PDF]](https://arxiv.org/pdf/2501.01234) [[Code]](https://github.com/alexdoe/tactile-imitation)\n',
    );
    expect(profile.owner.page?.layouts).toEqual({ links: '[[{name}]]({url})' });
  });

  test('several lists of publications, one with year sub-headings', async () => {
    const { report } = await importFixture('multiple-publication-lists-year-subheadings');
    const several =
      'the page has 3 lists of publications; profile writes one (and one of selected ones, when its papers are all in the other)';
    expect(report.sections.map((section) => section.notes)).toEqual([
      [],
      [several],
      ['line 19 is not a publication: ### 2023', several],
      [several],
    ]);
  });

  test('APA-style publications with "In", a bare DOI, an award and a dissertation note: the list shows none (links it shows)', async () => {
    const { report } = await importFixture('apa-style-publications');
    expect(report.sections[2]?.notes).toEqual([
      'line 18: the list profile writes would not show In',
      'line 19: the list profile writes would not show https, doi, org, 10, 1162, tacl, …',
      'line 22: the list profile writes would not show Best, Paper, Award',
      'line 24: the list profile writes would not show 2021, Doctoral, dissertation, University, of, Cape, …',
    ]);
  });

  test('a talk with a [video] link', async () => {
    const { report } = await importFixture('acadhomepage-emoji-headings');
    expect(report.sections[4]?.notes).toEqual([
      'line 49: the list profile writes would not show url https://github.com/, video',
    ]);
  });
});

describe('headings come back as the page wrote them', () => {
  test('# headings (AcadHomepage) stay # headings, not ## ones', async () => {
    const { profile, exported } = await importFixture('acadhomepage-emoji-headings');
    expect(profile.owner.page?.sections?.filter((section) => section.title !== undefined)).toEqual([
      { kind: 'news', title: '🔥 News', heading: 'h1', layout: '- *{date:%Y.%m}*: &nbsp;{text}' },
    ]);
    expect(exported.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# 🔥 News',
      '# 📝 Publications ', // the page's own trailing space, kept as written
      '# 🎖 Honors and Awards',
      '# 💬 Invited Talks',
      '# 💻 Internships',
    ]);
  });

  test('bold-line headings stay bold lines', async () => {
    const { profile, exported } = await importFixture('bold-line-headings-dash-bullets');
    expect(profile.owner.page?.sections?.filter((section) => section.title !== undefined)).toEqual([
      { kind: 'news', title: 'News', heading: 'bold', layout: '- [{date:%Y.%m}] {text}' },
      {
        kind: 'publications',
        title: 'Publications',
        heading: 'bold',
        layout: '- {authors}. "{title}." *{venue}*, {year}.',
      },
      { kind: 'service', title: 'Service', heading: 'bold', layout: '- {text}' },
    ]);
    // Its news dates are written three ways: the section's layout writes the first, each other item has its own.
    expect(profile.news.map((item) => [item.file, item.fields.layout])).toEqual([
      ['news/2025-05-01-started-my-postdoc-at-the-alan.md', '- {date:%Y-%m-%d}: {text}'],
      ['news/2025-06-i-gave-a-tutorial-on-probabilistic.md', '- ({date:%m/%Y}) {text}'],
      ['news/2025-07-our-paper-on-amortized-inference.md', undefined],
    ]);
    expect(exported).toContain(
      [
        '**News**',
        '',
        '- [2025.07] Our paper on amortized inference was accepted at NeurIPS 2025.',
        '- (06/2025) I gave a tutorial on probabilistic programming at the Turing AI Summit.',
        '- 2025-05-01: Started my postdoc at the Alan Turing Institute.',
      ].join('\n'),
    );
    expect(exported).not.toContain('## ');
  });
});

describe('the owner and the page settings', () => {
  test('the owner is the author the page writes in bold; a legend redefines the marks', async () => {
    const { profile } = await importFixture('multiple-publication-lists-year-subheadings');
    expect(profile.owner.name).toBe('Chen Liu');
    expect(profile.owner.nameVariants).toEqual(['Chen Liu']);
    // "(\* equal contribution, † corresponding author)": † is read as the page says, not as equal contribution.
    const equivariant = profile.publications.find((item) => item.fields.key === 'mehta2024equivariant');
    expect(equivariant?.fields.authors).toEqual([
      { family: 'Mehta', given: 'Rahul', equal: true },
      { family: 'Rossi', given: 'Sofia', equal: true },
      { family: 'Liu', given: 'Chen', corresponding: true },
    ]);
  });

  test('an APA-style page: the owner written family name first, the award and the notes in the files', async () => {
    const { profile } = await importFixture('apa-style-publications');
    expect(profile.owner.name).toBe('M. Okonkwo');
    expect(profile.owner.nameVariants).toEqual(['M. Okonkwo']);
    const survey = profile.publications.find((item) => item.fields.key === 'garcialopez2023prosody');
    expect(survey?.fields.authors).toEqual([
      { family: 'García López', given: 'M.' },
      { family: 'Okonkwo', given: 'M.' },
      { family: 'Smith', given: 'J. A.' },
    ]);
    expect(survey?.fields.award).toBe('Best Paper Award');
    const thesis = profile.publications.find((item) => item.fields.key === 'okonkwo2021speech');
    expect(thesis?.body).toBe('[Doctoral dissertation, University of Cape Town]');
  });

  test('a page without an author in bold names no owner, and says so', async () => {
    const { report, profile } = await importFixture('emoji-bullet-news-lines');
    expect(report.owner).toEqual({ name: null, nameVariants: [], from: 'none' });
    expect(profile.owner.name).toBe('Your Name');
    expect(report.warnings).toEqual([
      'no owner found: no author is in bold in the publications; profile.md names "Your Name" (run again with --name, or edit name and nameVariants in profile.md)',
    ]);
  });

  test('dates are written in the style most of the page used', async () => {
    const styles = await Promise.all(
      (['hugo-paragraph-news', 'selected-and-full-publications', 'bold-line-headings-dash-bullets'] as const).map(
        async (page) => (await importFixture(page)).profile.owner.page?.dateStyle,
      ),
    );
    expect(styles).toEqual(['month-name', 'iso', 'dotted']);
  });

  test('Liquid in the page keeps running: page.liquid is set only when the page has some', async () => {
    const liquid = await importFixture('ordered-list-talks-liquid');
    const none = await importFixture('selected-and-full-publications');
    expect(liquid.profile.owner.page?.liquid).toBe(true);
    expect(liquid.exported).toContain('[RECOMB 2025]({{ site.baseurl }}/service/recomb)');
    expect(liquid.exported).toContain('<img src="{{ site.baseurl }}/images/profile.jpg"');
    expect(none.profile.owner.page?.liquid).toBeUndefined();
  });

  test('contact lines written as `Label: value` become the contact section', async () => {
    const { profile } = await importFixture('alfolio-news-table');
    expect(profile.owner.contact).toEqual([
      { label: 'Email', emails: ['alex.doe@cmu.edu'] },
      { label: 'Office', text: 'Newell-Simon Hall 4502' },
    ]);
    expect(profile.owner.email).toEqual(['alex.doe@cmu.edu']);
  });
});

describe('publications in a citation style', () => {
  test('an APA-like and a Vancouver-like list without links is written from its items, every word still shown', async () => {
    const page = [
      '---',
      'title: Home',
      '---',
      '',
      'Hi, I am Mara.',
      '',
      '## Publications',
      '',
      '- **Okonkwo, M.**\\*, & Bello, S.\\* (2024). Tone-aware speech recognition. *Computer Speech & Language*, *80*(2), 101–130.',
      '- Li Z, **Okonkwo M**. Tone in the clinic. *J Speech Sci*. 2021;3(1):1-9.',
      '',
    ].join('\n');
    const { report, exported } = await importText(page);
    expect(report.sections.map((section) => section.page)).toEqual(['as-written', 'items']);
    expect(exported.slice(exported.indexOf('## Publications'))).toBe(
      [
        '## Publications',
        '',
        '- [**Computer Speech & Language, 80(2), 101–130, 2024**] Tone-aware speech recognition  ',
        '  **M. Okonkwo\\*** and S. Bello\\*',
        '- [**J Speech Sci. 2021;3(1):1-9**] Tone in the clinic  ',
        '  Z Li and **M Okonkwo**',
        '',
      ].join('\n'),
    );
  });

  test('`In *Proceedings*`: the export would not show "In", so the list is kept as written', async () => {
    const { report } = await importText(
      '## Publications\n\n- Bello, S., & **Okonkwo, M.** (2022). Code-switched speech corpora. In *Proceedings of LREC 2022*.\n',
    );
    expect(report.sections.find((section) => section.kind === 'publications')?.notes).toEqual([
      'line 3: the list profile writes would not show In',
    ]);
  });
});

describe('template placeholders stay text', () => {
  test.each([
    [
      "AcadHomepage's sample news line",
      '- *2022.02*: &nbsp;🎉🎉 Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vivamus ornare aliquet ipsum, ac tempus justo dapibus sit amet.',
      'line 6: the template\'s sample text ("Lorem ipsum"); kept as text, not imported as an item',
    ],
    [
      "al-folio's sample announcement",
      '- *2015.10*: A simple inline announcement.',
      "line 6: al-folio's sample announcement; kept as text, not imported as an item",
    ],
  ])('%s is not a news item; the report says why', async (_name, line, reason) => {
    const { report, profile } = await importText(
      `---\ntitle: Home\n---\n\n## News\n${line}\n- *2025.07*: &nbsp;I joined the lab.\n`,
    );
    expect(profile.news.map((item) => item.body)).toEqual(['I joined the lab.']);
    expect(report.sections.find((section) => section.kind === 'news')?.notes).toEqual([reason]);
  });
});

test("a paper box whose title and authors share one paragraph takes the badge's words as its label", async () => {
  const { profile } = await importText(
    [
      '# 📝 Publications',
      '',
      '<div class=\'paper-box\'><div class=\'paper-box-image\'><div><div class="badge">TMLR 2024</div><img src=\'images/rwp.png\' alt="sym" width="100%"></div></div>',
      '<div class=\'paper-box-text\' markdown="1">',
      '',
      '[Revisiting Random Weight Perturbation](https://openreview.net/pdf?id=abc) \\\\',
      '**Tao Li**, Qinghua Tao',
      '',
      '</div>',
      '</div>',
      '',
    ].join('\n'),
  );
  expect(profile.publications.map((item) => [item.fields.label, item.fields.date?.year])).toEqual([
    ['TMLR 2024', 2024],
  ]);
});
