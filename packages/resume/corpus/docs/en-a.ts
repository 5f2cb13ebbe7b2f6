import type { CorpusResume } from "../src/types";

// English resumes, part A.
export const EN_A: CorpusResume[] = [
  {
    id: "en-swe-newgrad-side-projects",
    language: "en",
    layout: {
      font: "liberation-serif",
      heading: "caps-rule",
      bullet: "•",
      page: "letter",
      headerAlign: "center",
    },
    header: ["Alex Rivera", "alex.rivera@example.com | (555) 201-3344 | github.com/arivera"],
    main: [
      {
        heading: "Education",
        lines: [
          "## University of Michigan, B.S. Computer Science | Aug 2020 - May 2024",
          "GPA 3.8/4.0. Coursework: Distributed Systems, Databases, Compilers",
        ],
      },
      {
        heading: "Experience",
        lines: [
          "## Software Engineering Intern, Brightline Logistics | May 2023 - Aug 2023",
          "- Built a route-cost estimator service in Go that cut quote latency from 900 ms to 120 ms",
          "- Added integration tests with Testcontainers, raising coverage of the pricing module to 78%",
          "## Teaching Assistant, University of Michigan | Jan 2022 - Apr 2024",
          "- Held weekly office hours for 200+ students in EECS 281",
        ],
      },
      {
        heading: "Side Projects",
        lines: [
          "## Splitwise Lite | Jan 2024 - Mar 2024",
          "- Expense-sharing web app with React, Node.js and PostgreSQL; 400 monthly users",
          "## Tiny Raft | Sep 2023 - Dec 2023",
          "- Raft consensus implementation in Rust with a chaos test harness; survives 30% packet loss",
        ],
      },
      { heading: "Open Source", lines: ["- Contributor to pgcli: added JSON output mode (merged PR #1342)"] },
      {
        heading: "Skills",
        lines: [
          "Languages: Go, Python, Rust, TypeScript, SQL, C++",
          "Tools: React, Node.js, PostgreSQL, Docker, Git, Linux, Testcontainers",
        ],
      },
    ],
    expected: {
      skills: [
        "Go",
        "Python",
        "Rust",
        "TypeScript",
        "SQL",
        "C++",
        "React",
        "Node.js",
        "PostgreSQL",
        "Docker",
        "Git",
        "Linux",
        "Testcontainers",
      ],
      projects: ["Splitwise Lite", "Tiny Raft", "pgcli", "route-cost estimator service"],
      companies: ["Brightline Logistics"],
    },
  },
  {
    id: "en-frontend-senior-twocol",
    language: "en",
    layout: { font: "liberation-sans", sidebar: "left", heading: "bold", bullet: "•", size: 9.5 },
    header: ["Priya Natarajan", "Senior Frontend Engineer", "priya.n@example.com · Austin, TX"],
    side: [
      {
        heading: "Skills",
        lines: [
          "TypeScript",
          "React",
          "Next.js",
          "GraphQL",
          "Apollo Client",
          "Tailwind CSS",
          "Cypress",
          "Webpack",
          "Figma",
        ],
      },
      {
        heading: "Education",
        lines: ["B.S. Information Science", "University of Texas at Austin", "2011 - 2015"],
      },
      { heading: "Languages", lines: ["English, Tamil, Spanish (basic)"] },
    ],
    main: [
      {
        heading: "Profile",
        lines: [
          "Frontend engineer with 9 years building design systems and fast, accessible web apps for commerce and healthcare.",
        ],
      },
      {
        heading: "Work Experience",
        lines: [
          "## Senior Frontend Engineer, Lumen Health | 2020 - Present",
          "- Patient Portal Rewrite: migrated a legacy AngularJS portal to Next.js; page load down 58%, accessibility audit issues from 140 to 6",
          '- Design System "Aurora": 60 components in React and Storybook adopted by 7 product teams',
          "- Mentored 4 engineers; ran the frontend guild",
          "## Frontend Engineer, ShopWave | 2016 - 2020",
          "- Checkout Revamp: rebuilt checkout with React and GraphQL, conversion +11%",
          "- Introduced Cypress end-to-end tests, cutting regressions reaching production by half",
        ],
      },
    ],
    expected: {
      skills: [
        "TypeScript",
        "React",
        "Next.js",
        "GraphQL",
        "Apollo Client",
        "Tailwind CSS",
        "Cypress",
        "Webpack",
        "Figma",
        "AngularJS",
        "Storybook",
      ],
      projects: ["Patient Portal Rewrite", "Design System Aurora", "Checkout Revamp"],
      companies: ["Lumen Health", "ShopWave"],
    },
  },
  {
    id: "en-backend-go-company-dash",
    language: "en",
    layout: { font: "dejavu-sans", heading: "underline", bullet: "–", size: 9.5 },
    header: [
      "Marcus Chen",
      "Backend Engineer — distributed systems",
      "marcus.chen@example.com | linkedin.com/in/marcuschen",
    ],
    main: [
      {
        heading: "Professional Experience",
        lines: [
          "## Stripe-like Payments Co. — Staff Software Engineer | Mar 2021 – Present",
          "– Project Atlas: split the monolithic ledger into 5 Go services behind gRPC; p99 write latency 480 ms → 95 ms",
          "– Led the idempotency-key rollout across 40 endpoints, eliminating duplicate charges (0 incidents in 18 months)",
          "– Kafka outbox pattern for ledger events, 2B events/month",
          "## Northbeam Analytics — Senior Software Engineer | Jun 2017 – Feb 2021",
          "– Project Beacon: event ingestion pipeline on Kafka and ClickHouse handling 300k events/s",
          "– Reduced AWS spend by $40k/month by moving batch jobs to spot instances",
          "## Quill Systems — Software Engineer | Jul 2014 – May 2017",
          "– Built the REST API for the invoicing product in Python/Django",
        ],
      },
      {
        heading: "Technical Skills",
        lines: [
          "Go · Python · Java · gRPC · Kafka · PostgreSQL · ClickHouse · Redis · AWS · Kubernetes · Terraform · Django",
        ],
      },
      { heading: "Education", lines: ["B.Eng. Computer Engineering, University of Waterloo, 2014"] },
    ],
    expected: {
      skills: [
        "Go",
        "Python",
        "Java",
        "gRPC",
        "Kafka",
        "PostgreSQL",
        "ClickHouse",
        "Redis",
        "AWS",
        "Kubernetes",
        "Terraform",
        "Django",
      ],
      projects: [
        "Project Atlas",
        "idempotency-key rollout",
        "Kafka outbox pattern for ledger events",
        "Project Beacon",
        "REST API for the invoicing product",
      ],
      companies: ["Stripe-like Payments Co.", "Northbeam Analytics", "Quill Systems"],
    },
  },
  {
    id: "en-data-scientist",
    language: "en",
    layout: { font: "helvetica", heading: "caps-rule", bullet: "•", size: 10, page: "letter" },
    header: ["Hannah Okafor", "Data Scientist", "hannah.okafor@example.com • Chicago, IL"],
    main: [
      {
        heading: "Experience",
        lines: [
          "## Meridian Insurance — Data Scientist | 2021 – present",
          "• Claims Fraud Model: gradient-boosted model (XGBoost) flagging suspicious claims; recovered $3.2M in the first year",
          "• Churn Forecasting: survival models in Python (lifelines) predicting policy lapse, AUC 0.84",
          "• Built a feature store on Snowflake with dbt, used by 3 modelling teams",
          "## Cobalt Retail — Data Analyst | 2018 – 2021",
          "• Store Staffing Optimiser: linear programming model (PuLP) saving 6% of labour hours",
          "• Weekly KPI dashboards in Looker for 120 store managers",
        ],
      },
      {
        heading: "Selected Projects",
        lines: [
          "## Kaggle: Home Credit Default Risk | 2019",
          "• Top 4% of 7,000 teams with a LightGBM ensemble",
        ],
      },
      {
        heading: "Skills",
        lines: [
          "Python (pandas, scikit-learn, XGBoost, LightGBM), SQL, Snowflake, dbt, Looker, Tableau, Spark, AWS SageMaker",
        ],
      },
      {
        heading: "Education",
        lines: [
          "M.S. Statistics, University of Illinois, 2018",
          "B.A. Economics, Northwestern University, 2016",
        ],
      },
    ],
    expected: {
      skills: [
        "Python",
        "pandas",
        "scikit-learn",
        "XGBoost",
        "LightGBM",
        "SQL",
        "Snowflake",
        "dbt",
        "Looker",
        "Tableau",
        "Spark",
        "AWS SageMaker",
        "lifelines",
        "PuLP",
      ],
      projects: [
        "Claims Fraud Model",
        "Churn Forecasting",
        "feature store on Snowflake",
        "Store Staffing Optimiser",
        "Home Credit Default Risk",
      ],
      companies: ["Meridian Insurance", "Cobalt Retail"],
    },
  },
  {
    id: "en-product-manager",
    language: "en",
    layout: { font: "liberation-narrow", heading: "large", bullet: "▪", size: 10.5 },
    header: ["Sofia Martins", "Product Manager", "sofia.martins@example.com | Lisbon / remote"],
    main: [
      {
        heading: "Summary",
        lines: [
          "Product manager with 7 years in B2B SaaS and marketplaces. I turn fuzzy problems into shipped, measured outcomes.",
        ],
      },
      {
        heading: "Experience",
        lines: [
          "## Product Manager, Tidewater Software | 2020 – Present",
          "▪ Launched Smart Scheduling, an AI-assisted booking feature: 23% fewer no-shows across 1,800 clinics",
          "▪ Pricing & Packaging Revamp: moved to usage-based tiers, net revenue retention 104% → 117%",
          "▪ Ran discovery with 60+ customer interviews; tracked activation in Amplitude and Mixpanel",
          "## Associate Product Manager, Fieldnote | 2017 – 2020",
          "▪ Mobile Onboarding Redesign with the design team in Figma: day-7 retention +9 pts",
          "▪ Owned the roadmap for the integrations team (Zapier, Slack, Salesforce)",
        ],
      },
      {
        heading: "Skills",
        lines: ["Product discovery, A/B testing, SQL, Amplitude, Mixpanel, Figma, Jira, Confluence, Looker"],
      },
      {
        heading: "Education",
        lines: [
          "MBA, Nova School of Business and Economics (2017)",
          "BSc Industrial Engineering, University of Porto (2014)",
        ],
      },
    ],
    expected: {
      skills: [
        "SQL",
        "Amplitude",
        "Mixpanel",
        "Figma",
        "Jira",
        "Confluence",
        "Looker",
        "A/B testing",
        "Zapier",
        "Slack",
        "Salesforce",
      ],
      projects: ["Smart Scheduling", "Pricing & Packaging Revamp", "Mobile Onboarding Redesign"],
      companies: ["Tidewater Software", "Fieldnote"],
    },
  },
  {
    id: "en-teacher-to-developer",
    language: "en",
    layout: { font: "dejavu-serif", heading: "bold", bullet: "•", size: 10 },
    header: [
      "Jordan Miller",
      "Junior Full-Stack Developer (former high-school teacher)",
      "jordan.miller@example.com",
    ],
    main: [
      {
        heading: "About Me",
        lines: [
          "After eight years teaching maths I retrained as a developer. I like building tools that make learning easier.",
        ],
      },
      {
        heading: "Projects",
        lines: [
          "## GradeBook Pro | 2024",
          "A grading app for teachers built with Ruby on Rails, Hotwire and PostgreSQL. Used by 35 teachers at my former school.",
          "## QuizForge | 2023",
          "Quiz generator with React, Express and MongoDB; deployed on Render. 1,100 quizzes created.",
          "## Lesson Timer Chrome Extension | 2023",
          "Vanilla JavaScript extension with 2,000 installs.",
        ],
      },
      {
        heading: "Employment History",
        lines: [
          "## Developer Apprentice at Kinetic Learning | Feb 2024 – Present",
          "• Fixed 80+ bugs in the Rails monolith; added RSpec tests",
          "## Mathematics Teacher at Lincoln High School | 2015 – 2023",
          "• Introduced a Python club; 3 students went on to CS degrees",
        ],
      },
      { heading: "Training", lines: ["Launch School Core Curriculum (2022 – 2023)"] },
      {
        heading: "Skills",
        lines: [
          "Ruby, Ruby on Rails, JavaScript, React, Express, MongoDB, PostgreSQL, RSpec, Hotwire, Python, Git",
        ],
      },
    ],
    expected: {
      skills: [
        "Ruby",
        "Ruby on Rails",
        "JavaScript",
        "React",
        "Express",
        "MongoDB",
        "PostgreSQL",
        "RSpec",
        "Hotwire",
        "Python",
        "Git",
        "Render",
      ],
      projects: ["GradeBook Pro", "QuizForge", "Lesson Timer Chrome Extension"],
      companies: ["Kinetic Learning", "Lincoln High School"],
    },
  },
  {
    id: "en-staff-engineer-long",
    language: "en",
    layout: { font: "times", heading: "caps-rule", bullet: "•", size: 14, page: "letter", margin: 72 },
    header: [
      "Daniel Whitaker",
      "Staff Software Engineer",
      "daniel.whitaker@example.com | Seattle, WA | +1 206 555 0199",
    ],
    main: [
      {
        heading: "Summary",
        lines: [
          "Fifteen years building infrastructure for search, storage and developer productivity. I lead multi-team technical efforts and grow senior engineers.",
        ],
      },
      {
        heading: "Professional Experience",
        lines: [
          "## Cascade Cloud, Staff Software Engineer | 2019 – Present",
          "Technical lead for the storage platform group (4 teams, 28 engineers).",
          "### Tiered Storage Migration | 2020 – 2021",
          "• Moved 14 PB of cold objects to an erasure-coded tier; storage cost down 38%",
          "• Designed the migration controller in Java with a Cassandra metadata store",
          "### Build Acceleration Initiative | 2022",
          "• Remote caching with Bazel for 600 engineers; median CI time from 42 to 11 minutes",
          "### Incident Review Program | 2023 – Present",
          "• Introduced blameless reviews and SLO budgets; Sev-1 incidents down 45% year over year",
          "## Evergreen Search, Senior Software Engineer | 2013 – 2019",
          "### Query Autocomplete | 2014 – 2015",
          "• Prefix index in C++ serving 50k QPS at 8 ms p99",
          "### Relevance Experimentation Platform | 2016 – 2018",
          "• Interleaving experiments framework in Scala and Spark; experiment turnaround from 3 weeks to 4 days",
          "## Brightpath Systems, Software Engineer | 2009 – 2013",
          "• Built billing reconciliation jobs in Java and Oracle",
          "• Wrote the team's first deployment automation with Puppet",
        ],
      },
      {
        heading: "Talks and Writing",
        lines: [
          '• "Moving petabytes without downtime", QCon 2022',
          '• "Budgets, not blame", SREcon 2023',
          "• Engineering blog series on erasure coding (3 posts)",
        ],
      },
      {
        heading: "Technical Skills",
        lines: [
          "Languages: Java, C++, Scala, Go, Python",
          "Systems: Cassandra, Spark, Kafka, Bazel, Kubernetes, Oracle, Puppet",
          "Practices: SLOs, incident management, capacity planning",
        ],
      },
      {
        heading: "Education",
        lines: [
          "M.S. Computer Science, University of Washington, 2009",
          "B.S. Mathematics, Oregon State University, 2007",
        ],
      },
      {
        heading: "Leadership and Mentoring",
        lines: [
          "- Sponsor of the staff-plus mentoring circle: 11 engineers promoted to senior or staff over four years.",
          "- Chair of the architecture review board; wrote the design review template used by 30 teams.",
          "- Hiring: interviewed 300+ candidates, redesigned the systems design interview rubric.",
          "- Organised the yearly internal reliability summit (400 attendees).",
        ],
      },
      {
        heading: "Patents",
        lines: ["US 10,123,456 - Method for adaptive erasure coding of cold object storage"],
      },
    ],
    expected: {
      skills: [
        "Java",
        "C++",
        "Scala",
        "Go",
        "Python",
        "Cassandra",
        "Spark",
        "Kafka",
        "Bazel",
        "Kubernetes",
        "Oracle",
        "Puppet",
      ],
      projects: [
        "Tiered Storage Migration",
        "Build Acceleration Initiative",
        "Incident Review Program",
        "Query Autocomplete",
        "Relevance Experimentation Platform",
      ],
      companies: ["Cascade Cloud", "Evergreen Search", "Brightpath Systems"],
    },
  },
];
