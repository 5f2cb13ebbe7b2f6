import type { CorpusResume } from "../src/types";

// English resumes, part B.
export const EN_B: CorpusResume[] = [
  {
    id: "en-android-engineer",
    language: "en",
    layout: { font: "liberation-sans", heading: "square", bullet: "◦", size: 10 },
    header: ["Tomasz Nowak", "Android Engineer", "tomasz.nowak@example.com · Warsaw"],
    main: [
      {
        heading: "Work Experience",
        lines: [
          "## Ridely | Senior Android Engineer | 2021 – Present",
          "◦ Driver App Modernisation: migrated 70 screens from XML layouts to Jetpack Compose; ANR rate 0.9% → 0.2%",
          "◦ Offline Trip Recording with Room and WorkManager, recovering 99.7% of trips on flaky networks",
          "◦ Cut cold start time by 35% with baseline profiles",
          "## Pixelhaus | Android Developer | 2018 – 2021",
          "◦ Built a white-label shopping app used by 12 retailers (Kotlin, RxJava, Dagger)",
        ],
      },
      {
        heading: "Personal Projects",
        lines: [
          "## TramTime (2022)",
          "◦ Open-source Warsaw tram arrivals app with Kotlin Multiplatform; 15k downloads",
        ],
      },
      {
        heading: "Skills",
        lines: [
          "Kotlin, Java, Jetpack Compose, Coroutines, Flow, Room, WorkManager, Dagger, Hilt, RxJava, Kotlin Multiplatform, Firebase Crashlytics",
        ],
      },
      { heading: "Education", lines: ["MSc Computer Science, Warsaw University of Technology (2018)"] },
    ],
    expected: {
      skills: [
        "Kotlin",
        "Java",
        "Jetpack Compose",
        "Coroutines",
        "Flow",
        "Room",
        "WorkManager",
        "Dagger",
        "Hilt",
        "RxJava",
        "Kotlin Multiplatform",
        "Firebase Crashlytics",
      ],
      projects: [
        "Driver App Modernisation",
        "Offline Trip Recording",
        "white-label shopping app",
        "TramTime",
      ],
      companies: ["Ridely", "Pixelhaus"],
    },
  },
  {
    id: "en-ml-engineer-twocol-right",
    language: "en",
    layout: { font: "dejavu-sans", sidebar: "right", heading: "caps-rule", bullet: "•", size: 9 },
    header: ["Wei Zhang", "Machine Learning Engineer", "wei.zhang@example.com | github.com/weizhang-ml"],
    side: [
      {
        heading: "Core Skills",
        lines: ["PyTorch", "JAX", "Ray", "Kubeflow", "Triton Inference Server", "Python", "C++", "CUDA"],
      },
      { heading: "Education", lines: ["PhD, Computer Science", "Carnegie Mellon University", "2014 – 2019"] },
      { heading: "Awards", lines: ["NeurIPS 2018 Outstanding Reviewer"] },
    ],
    main: [
      {
        heading: "Experience",
        lines: [
          "## Machine Learning Engineer, Orbital AI | 2021 – Present",
          "• LLM Serving Platform: batched inference on Triton with speculative decoding; cost per 1k tokens down 62%",
          "• Retrieval-Augmented Search: hybrid BM25 + embedding retrieval in Python, answer accuracy +14 pts",
          "• Distributed training on Ray for 7B-parameter models across 64 GPUs",
          "## Research Scientist, Helix Robotics | 2019 – 2021",
          "• Grasp Detection Network in PyTorch, success rate 78% → 91% on unseen objects",
          "• CUDA kernels for point-cloud preprocessing, 5x faster",
        ],
      },
      {
        heading: "Publications",
        lines: [
          "• Zhang W. et al., Efficient Grasp Learning, ICRA 2020",
          "• Zhang W., Sparse Attention for Point Clouds, CVPR 2019",
        ],
      },
    ],
    expected: {
      skills: [
        "PyTorch",
        "JAX",
        "Ray",
        "Kubeflow",
        "Triton Inference Server",
        "Python",
        "C++",
        "CUDA",
        "BM25",
      ],
      projects: [
        "LLM Serving Platform",
        "Retrieval-Augmented Search",
        "Distributed training on Ray",
        "Grasp Detection Network",
      ],
      companies: ["Orbital AI", "Helix Robotics"],
    },
  },
  {
    id: "en-sre-inline-titles",
    language: "en",
    layout: { font: "liberation-serif", heading: "bold", bullet: "-", size: 10.5, titleDates: "below" },
    header: ["Grace Kim", "Site Reliability Engineer", "grace.kim@example.com"],
    main: [
      {
        heading: "Experience",
        lines: [
          "## Harborview Bank | Site Reliability Engineer | Jan 2020 - Present",
          "- Observability Overhaul: replaced Nagios with Prometheus, Grafana and Loki for 900 hosts",
          "- Kubernetes Platform Migration: 140 services onto EKS with Argo CD; deploys from weekly to 30/day",
          "- Wrote runbooks and chaos drills; MTTR from 95 to 22 minutes",
          "## Plainfield Hosting | Systems Administrator | Jun 2016 - Dec 2019",
          "- Automated server builds with Ansible and Packer",
          "- Backup Verification Project: nightly restore tests catching 3 silent backup failures",
        ],
      },
      { heading: "Certifications", lines: ["CKA, CKAD, AWS Certified SysOps Administrator"] },
      {
        heading: "Skills",
        lines: [
          "Kubernetes, EKS, Argo CD, Terraform, Ansible, Packer, Prometheus, Grafana, Loki, Python, Bash, Linux",
        ],
      },
    ],
    expected: {
      skills: [
        "Kubernetes",
        "EKS",
        "Argo CD",
        "Terraform",
        "Ansible",
        "Packer",
        "Prometheus",
        "Grafana",
        "Loki",
        "Python",
        "Bash",
        "Linux",
        "Nagios",
      ],
      projects: ["Observability Overhaul", "Kubernetes Platform Migration", "Backup Verification Project"],
      companies: ["Harborview Bank", "Plainfield Hosting"],
    },
  },
  {
    id: "en-data-analyst-newgrad",
    language: "en",
    layout: { font: "helvetica", heading: "underline", bullet: "-", size: 10.5 },
    header: ["Emily Carter", "Data Analyst", "emily.carter@example.com | Boston, MA"],
    main: [
      {
        heading: "Education",
        lines: ["## Boston University - B.A. Economics and Mathematics | 2020 - 2024"],
      },
      {
        heading: "Experience",
        lines: [
          "## Data Analytics Intern - Harbor Foods | Jun 2023 - Aug 2023",
          "- Analysed 2M loyalty transactions in SQL and Python to size a promotion; recommended offer lifted basket size 6%",
          "- Built a Power BI dashboard for 40 regional managers",
        ],
      },
      {
        heading: "Projects",
        lines: [
          "## MBTA Delay Analysis",
          "- Scraped 3 years of transit alerts and modelled delay drivers with statsmodels",
          "## Airbnb Price Explorer",
          "- Interactive Streamlit app estimating nightly prices (R^2 0.71)",
        ],
      },
      {
        heading: "Technical Skills",
        lines: ["SQL, Python, pandas, statsmodels, Streamlit, Power BI, Excel, R"],
      },
    ],
    expected: {
      skills: ["SQL", "Python", "pandas", "statsmodels", "Streamlit", "Power BI", "Excel", "R"],
      projects: ["MBTA Delay Analysis", "Airbnb Price Explorer", "Power BI dashboard"],
      companies: ["Harbor Foods"],
    },
  },
  {
    id: "en-fullstack-korean-american",
    language: "en",
    layout: { font: "noto-sans-kr", heading: "bar", bullet: "•", size: 10 },
    header: [
      "Daniel Park (박대니)",
      "Full-Stack Engineer",
      "daniel.park@example.com | Seoul / San Francisco",
    ],
    main: [
      {
        heading: "Experience",
        lines: [
          "## Software Engineer @ Coupang-style Marketplace Inc. | 2022.03 – Present",
          "• Seller Center Dashboard: Next.js and Spring Boot, onboarding time for sellers from 5 days to 1 day",
          "• Search Ranking Experiments with Elasticsearch; GMV +3.4%",
          "## Software Engineer @ Mintleaf Labs | 2019.07 – 2022.02",
          "• Internal CMS (사내 콘텐츠 관리 시스템) in Django and React",
          "• Migrated CI from Jenkins to GitHub Actions, builds 2x faster",
        ],
      },
      {
        heading: "Side Projects",
        lines: ["## Hangul Flashcards | 2021", "• Flutter app teaching Korean to 8,000 learners"],
      },
      {
        heading: "Skills",
        lines: [
          "Languages — TypeScript, Java, Python, Dart",
          "Frameworks — Next.js, React, Spring Boot, Django, Flutter",
          "Infra — AWS, Docker, GitHub Actions, Elasticsearch",
        ],
      },
      { heading: "Education", lines: ["B.S. Computer Science, UC Berkeley (2019)"] },
    ],
    expected: {
      skills: [
        "TypeScript",
        "Java",
        "Python",
        "Dart",
        "Next.js",
        "React",
        "Spring Boot",
        "Django",
        "Flutter",
        "AWS",
        "Docker",
        "GitHub Actions",
        "Elasticsearch",
        "Jenkins",
      ],
      projects: [
        "Seller Center Dashboard",
        "Search Ranking Experiments",
        "Internal CMS",
        "Hangul Flashcards",
      ],
      companies: ["Coupang-style Marketplace Inc.", "Mintleaf Labs"],
    },
  },
  {
    id: "en-backend-java-letter",
    language: "en",
    layout: { font: "times", heading: "underline", bullet: "•", size: 11, page: "letter" },
    header: ["Olivia Brooks", "Backend Engineer (Java)", "olivia.brooks@example.com | Denver, CO"],
    main: [
      {
        heading: "Experience",
        lines: [
          "## Senior Backend Engineer | Summit Travel Group | 2019 – Present",
          "• Fare Cache: Redis and Caffeine caching in front of the GDS, supplier API calls down 70%",
          "• Booking Saga: orchestrated payments, seats and hotels with Spring Boot and RabbitMQ; failed bookings -40%",
          "• On-call lead for 12 services",
          "## Backend Engineer | Copperline Telecom | 2015 – 2019",
          "• Usage Rating Engine rewritten in Java 8 with Hibernate; nightly run from 6 hours to 50 minutes",
        ],
      },
      {
        heading: "Skills",
        lines: [
          "Java, Spring Boot, Hibernate, RabbitMQ, Redis, Caffeine, Oracle, PostgreSQL, JUnit, Maven, Jenkins",
        ],
      },
      { heading: "Education", lines: ["B.S. Computer Science, Colorado State University, 2015"] },
    ],
    expected: {
      skills: [
        "Java",
        "Spring Boot",
        "Hibernate",
        "RabbitMQ",
        "Redis",
        "Caffeine",
        "Oracle",
        "PostgreSQL",
        "JUnit",
        "Maven",
        "Jenkins",
      ],
      projects: ["Fare Cache", "Booking Saga", "Usage Rating Engine"],
      companies: ["Summit Travel Group", "Copperline Telecom"],
    },
  },
  {
    id: "en-ios-career-changer-twocol",
    language: "en",
    layout: { font: "liberation-sans", sidebar: "left", heading: "large", bullet: "–", size: 9.5 },
    header: ["Lucas Moreau", "iOS Developer — formerly a professional chef", "lucas.moreau@example.com"],
    side: [
      {
        heading: "Toolbox",
        lines: ["Swift", "SwiftUI", "UIKit", "Combine", "Core Data", "Firebase", "Xcode Cloud"],
      },
      { heading: "Education", lines: ["Le Wagon Bootcamp (2022)", "Institut Paul Bocuse (2012)"] },
    ],
    main: [
      {
        heading: "Experience",
        lines: [
          "## iOS Developer, Brasserie Digital | 2023 – Present",
          "– Table Booking App: SwiftUI app for 45 restaurants; 30k bookings per month",
          "– Kitchen Display Sync: real-time order screens with Firebase, ticket times down 18%",
          "## Head Chef, Maison Verte | 2014 – 2022",
          "– Ran a 12-person kitchen; built inventory spreadsheets that cut waste by 20%",
        ],
      },
      {
        heading: "Side projects",
        lines: [
          "## RecipeScale (2023)",
          "– Recipe scaling app in SwiftUI and Core Data, 4.8 stars",
          "## Mise en Place Timer (2022)",
          "– Multi-timer app built with UIKit and Combine",
        ],
      },
    ],
    expected: {
      skills: ["Swift", "SwiftUI", "UIKit", "Combine", "Core Data", "Firebase", "Xcode Cloud"],
      projects: ["Table Booking App", "Kitchen Display Sync", "RecipeScale", "Mise en Place Timer"],
      companies: ["Brasserie Digital", "Maison Verte"],
    },
  },
];
