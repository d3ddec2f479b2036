-- RoleCompare content: projects and operations roles 14-17 (IT project manager, construction project manager,
-- product manager, management consultant) and editorial comparison 5 (product manager vs project manager).
-- Responsibilities, daily work, skills and part of who they work with come from the O*NET 29.3 occupations
-- (sources 1007, 1010, 1016; CC BY 4.0), rewritten in our own words; every other point cites the page it comes from.
-- Source ids 250-299 belong to this file. docs/content-coverage/projects.md maps each point to its source.
-- role_point ids: role_id * 1000 + dimension_id * 100 + (0 for zh-CN, 50 for en) + position.

-- Sources (all read on 2026-11-28; published_year only where the page shows it)
insert into source (id, source_key, title, publisher, url, published_year, accessed_on) values
    (250, 'bls-ooh-cis-managers', 'Computer and Information Systems Managers', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook', 'https://www.bls.gov/ooh/management/computer-and-information-systems-managers.htm', NULL, DATE '2026-11-28'),
    (251, 'vault-it-project-managers-outlook', 'Information Technology Project Managers', 'Vault', 'https://vault.com/professions/information-technology-project-managers/outlook', NULL, DATE '2026-11-28'),
    (252, 'toptal-pm-kpis-ctouniverse', 'KPIs for Success: An Overview of Project Manager Performance Metrics', 'Toptal (Laurie Harvey), as shown on CTO Universe', 'http://www.ctouniverse.com/project-management/?open-article-id=10637838&article-title=kpis-for-success---an-overview-of-project-manager-performance-metrics&blog-domain=toptal.com&blog-title=toptal', NULL, DATE '2026-11-28'),
    (253, 'qhclass-366-ruankao-pm', '信息系统项目管理师/系统集成项目管理工程师', 'qhclass.com', 'https://www.qhclass.com/article/366', NULL, DATE '2026-11-28'),
    (254, 'xtjc-ruankao-pm', '信息系统项目管理师', 'xtjc.com', 'http://xtjc.com/pm/show-2.html', NULL, DATE '2026-11-28'),
    (255, 'yingzaigaokao-it-pm', '信息技术(IT)项目经理', '赢在高考（yingzaigaokao.cn）', 'https://www.yingzaigaokao.cn/schoolmajor/professionalDetails/?id=81519e1b19664326a9ea9a5a8048e18e', NULL, DATE '2026-11-28'),
    (256, 'itangsoft-1321316-software-pm', '软件项目经理的职位要求与职责概览', 'itangsoft.com', 'https://www.itangsoft.com/baike/show-1321316.html', NULL, DATE '2026-11-28'),
    (257, 'csdn-147386497-schedule-kpi', '项目进度有效考核的方法与标准', 'CSDN 博客', 'https://blog.csdn.net/weixin_60830013/article/details/147386497', NULL, DATE '2026-11-28'),
    (258, 'pmprepcast-13987-pmp-eligibility', 'PMP Certification Eligibility Criteria (2025)', 'The PM PrepCast forum', 'https://www.project-management-prepcast.com/kunena/pmp-exam-discussion/13987-can-anyone-clear-the-air-on-pmp-requirements', 2025, DATE '2026-11-28'),
    (259, 'xw7777-constructor-rules', '法規及相關知識輔導:建造師管理制度', 'xw7777.cn', 'http://www.xw7777.cn/news/201306/28145716653.html', 2013, DATE '2026-11-28'),
    (260, 'talaoshi-dswdg4-constructor', '关于注册建造师执业管理的说法,正确的是', 'talaoshi.com', 'https://talaoshi.com/jianzhu/dswdg4.html', NULL, DATE '2026-11-28'),
    (261, 'fudaoke-3003334-construction-pm', '工程项目经理岗位说明书', 'fudaoke.com', 'https://www.fudaoke.com/exam/3003334.html', NULL, DATE '2026-11-28'),
    (262, '233-jzs2-earned-value', '挣值法：三个费用值与四个评价指标', '233网校（233.com）', 'https://233.com/jzs2/xinde/20060818/172644947.html', 2006, DATE '2026-11-28'),
    (263, 'technologyadvice-construction-kpis', 'Key Performance Indicators (KPIs) for Construction Projects', 'TechnologyAdvice', 'https://technologyadvice.com/blog/project-management/kpi-construction/', 2023, DATE '2026-11-28'),
    (264, 'readybizplans-construction-metrics', 'What Are the 5 Key Metrics for Construction Project Management Success?', 'ReadyBizPlans', 'https://readybizplans.com/blogs/kpis/construction-project-management-metrics', NULL, DATE '2026-11-28'),
    (265, 'bls-ooh-construction-managers-studylib', 'Construction Managers : Occupational Outlook Handbook', 'U.S. Bureau of Labor Statistics (copy captured in 2015, on studylib.net)', 'https://studylib.net/doc/11946812/construction-managers---occupational-outlook-handbook----...', NULL, DATE '2026-11-28'),
    (266, 'myfuture-construction-managers', 'Construction Managers', 'myFuture (data supplied by the Bureau of Labor Statistics)', 'https://myfuture.com./occupations-industries/occupations/construction-managers', NULL, DATE '2026-11-28'),
    (267, 'piglix-cmaa', 'Construction Management Association of America', 'piglix (encyclopedia mirror)', 'http://piglix.com/piglix/Construction_Management_Association_of_America', NULL, DATE '2026-11-28'),
    (268, 'eku-construction-career-outlook', 'Career Outlook', 'Eastern Kentucky University, Construction Management', 'https://construction-management.eku.edu/career-outlook', NULL, DATE '2026-11-28'),
    (269, 'wikimedia-diff-2012-product-manager', 'Lead our development process as a product adviser or manager', 'Wikimedia Foundation (Diff)', 'https://diff.wikimedia.org/2012/11/21/lead-development-process-product-adviser-manager/', 2012, DATE '2026-11-28'),
    (270, 'productledalliance-pm-career-path', 'A product manager career path guide', 'Product-Led Alliance', 'https://www.productledalliance.com/a-product-manager-career-path-guide', NULL, DATE '2026-11-28'),
    (271, 'invensis-product-manager-roles', 'Product Manager Roles and Responsibilities', 'Invensis Learning', 'https://www.invensislearning.com/blog/product-manager-roles-responsibilities', NULL, DATE '2026-11-28'),
    (272, 'productleadership-what-pm-does', 'What Does a Product Manager Do? Roles & Responsibilities', 'Product Leadership', 'https://www.productleadership.com/blog/what-does-a-product-manager-do/', NULL, DATE '2026-11-28'),
    (273, '51mdd-165454279-product-manager', '产品经理岗位职责（深圳招聘信息）', '51mdd.com', 'https://m.51mdd.com/shenzhen/165454279.html', NULL, DATE '2026-11-28'),
    (274, 'atlassian-agile-product-manager', 'The agile product manager', 'Atlassian', 'https://www.atlassian.com/de/agile/product-management/product-manager', NULL, DATE '2026-11-28'),
    (275, 'edworking-pm-vs-product', 'Project Manager vs Product Manager', 'Edworking', 'https://edworking.com/project-management/fundamentals/pm-vs-product', NULL, DATE '2026-11-28'),
    (276, 'productcraft-pm-retention', 'Should product managers be measured on retention?', 'ProductCraft', 'https://productcraft.com/debates/product-managers-retention/', NULL, DATE '2026-11-28'),
    (277, 'bentega-pm-metrics', 'Metrics for Product Managers: Driving Product Success', 'Bentega', 'https://bentega.io/blog/metrics-for-product-managers-driving-product-success?hs_amp=true', NULL, DATE '2026-11-28'),
    (278, 'pingcode-1366941-pdm-vs-pm', '产品经理与项目经理的区别', 'PingCode', 'https://docs.pingcode.com/ask/ask-ask/1366941.html', NULL, DATE '2026-11-28'),
    (279, 'productplan-pm-career-path', 'What is the Product Manager Career Path?', 'ProductPlan', 'https://www.productplan.com/product-manager-career-path/', NULL, DATE '2026-11-28'),
    (280, 'icagile-pm-career-path', 'The Product Manager Career Path: How to Break into the Field', 'ICAgile', 'https://icagile.com/resources/the-product-manager-career-path-how-to-break-into-the-field', NULL, DATE '2026-11-28'),
    (281, 'qqread-b2b-pm-ladder', 'B端产品方法论：入门、实战与进阶 · 3.1.1 纵向发展路径', 'QQ阅读', 'https://m.ibooks.qq.com/read/1047684164/32', NULL, DATE '2026-11-28'),
    (282, 'openclassrooms-pdm-vs-pm', 'Compare Product Manager and Project Manager', 'OpenClassrooms', 'https://openclassrooms.com/en/courses/4530341-understand-the-role-of-product-manager/4567896-compare-product-manager-and-project-manager', NULL, DATE '2026-11-28'),
    (283, 'acottrell-project-product-manager', 'Project Manager, Product Manager', 'acottrell.com', 'https://acottrell.com/general/project-manager-product-manager/', NULL, DATE '2026-11-28'),
    (284, 'medium-mccasland-pdm-pm', 'Product Management vs Project Management', 'Medium', 'https://medium.com/@SergeyIRL/here-is-the-key-difference-between-product-and-project-manager-cc02e6bf4960', NULL, DATE '2026-11-28'),
    (285, 'plnmw-management-consultant-duties', 'Management consultant duties', 'plnmw.com', 'http://www.plnmw.com/ConsultingServices/woogyoaykg.html', NULL, DATE '2026-11-28'),
    (286, 'allthingspolitical-ooh-management-analysts', 'Management Analysts: Nature of the Work (Occupational Outlook Handbook text)', 'allthingspolitical.org (reproduction of BLS text)', 'https://allthingspolitical.org/careers/management_analyst_work_in_general.htm', NULL, DATE '2026-11-28'),
    (287, 'vault-2011-wild-management-consultant', 'Business Zoology 101: The Wild Management Consultant', 'Vault', 'https://www.vault.com/blogs/consult-this-consulting-careers-news-and-views/business-zoology-101-the-wild-management-consultant', 2011, DATE '2026-11-28'),
    (288, 'bizfluent-consulting-kpis', 'Key Performance Indicators of the Management Consulting Industry', 'Bizfluent', 'https://bizfluent.com/key-performance-indicators-of-the-management-consulting-industry.html', NULL, DATE '2026-11-28'),
    (289, 'about-consulting-utilization-rate', 'Utilization Rate in Consulting Firms', 'about.com (Finance Careers)', 'http://financecareers.about.com/od/consultingcompensation/fl/Staff-Utilization-Rate-in-Consulting-Firms.htm', NULL, DATE '2026-11-28'),
    (290, 'consultancy-eu-career-path', 'Career path', 'Consultancy.eu', 'https://www.consultancy.eu/career/career-path', NULL, DATE '2026-11-28'),
    (291, 'hrsoft-2025122337385-consulting', '咨询行业企业绩效管理现状如何', '红海云（hr-soft.cn）', 'https://www.hr-soft.cn/info/2025122337385.html', 2025, DATE '2026-11-28'),
    (292, 'hrsoft-2026011437887-consulting', '能力模型系统和结果导向系统哪个更适合咨询行业', '红海云（hr-soft.cn）', 'https://www.hr-soft.cn/info/2026011437887.html', 2026, DATE '2026-11-28'),
    (293, 'byondgood-consulting-ladder', 'The Consulting Ladder', 'ByondGood', 'https://www.byondgood.com/view/courses/freeblog/298164-more-anecdotes-tips-from-my-10-years-in-big-4-management-consulting/853410-the-consulting-ladder', NULL, DATE '2026-11-28'),
    (294, 'reibang-36c6ff239e1d-consulting', '走進咨詢行業的大門(一)', 'reibang.com', 'http://reibang.com/p/36c6ff239e1d', NULL, DATE '2026-11-28'),
    (295, 'cmc-global-cmc', 'CMC', 'CMC-Global', 'https://www.cmc-global.org/content/cmc', NULL, DATE '2026-11-28'),
    (296, 'fudaoke-2565673-consulting-roles', '咨询公司的架构图及岗位职责', 'fudaoke.com', 'https://www.fudaoke.com/exam/2565673.html', NULL, DATE '2026-11-28'),
    (297, 'rlut-consulting-team-structure', '咨询公司顾问团队组建模式解析', 'rlut.cn', 'https://www.rlut.cn/news/zi-xun-gong-si-gu-wen-tuan-dui-zu-jian-mo-shi-jie-xi-ru-he-da-zao-gao-xiao-zhuan-ye-tuan-dui-ying-du.html', NULL, DATE '2026-11-28'),
    (298, 'vtrackmedia-1792444-consulting', '咨询行业到底是干什么的（北大纵横管理咨询集团高管访谈）', 'vtrackmedia.com', 'http://www.vtrackmedia.com/news/cj/1792444.html', NULL, DATE '2026-11-28');

-- Roles (O*NET fields as in tools/onet/catalog.py; product-manager has no O*NET occupation)
insert into role (id, slug, position, family_id, onet_code, onet_match, ratings_code) values
    (14, 'it-project-manager', 2, 3, '15-1299.09', 'exact', '15-1299.09'),
    (15, 'construction-project-manager', 3, 3, '11-9021.00', 'exact', '11-9021.00'),
    (16, 'product-manager', 4, 3, NULL, NULL, NULL),
    (17, 'management-consultant', 5, 3, '13-1111.00', 'exact', '13-1111.00');

insert into role_text (role_id, locale, name, description) values
    (14, 'zh-CN', 'IT项目经理',
     'IT项目经理负责信息技术项目从计划到交付的全过程，让项目守住范围、进度、预算和质量要求，并在风险发生前做好应对。他们带领项目团队，与客户、供应商和其他相关方保持沟通，确保项目按计划落地。'),
    (14, 'en', 'IT project manager',
     'An IT project manager runs information technology projects from planning to delivery, keeping them within scope, schedule, budget and quality requirements and preparing for risks before they strike. They lead the project team and keep customers, vendors and other stakeholders in the loop so that the project lands as planned.'),
    (15, 'zh-CN', '工程项目经理',
     '工程项目经理负责工程项目的计划、进度安排和协调，带领施工人员按期完成，同时管好预算、合同、质量和法规合规。他们要和业主、设计方、承包商、分包商及供应商打交道，多数人在施工现场的项目部办公。'),
    (15, 'en', 'Construction project manager',
     'A construction project manager plans, schedules and coordinates a construction project so that it meets its deadlines, directing the workers while keeping budgets, contracts, quality and code compliance under control. They deal with owners, designers, contractors, subcontractors and suppliers, and most work from a field office at the construction site.'),
    (16, 'zh-CN', '产品经理',
     '产品经理决定产品要做什么、为什么做：弄清要为用户解决哪些问题，并确定产品的愿景、策略和路线图。他们不亲自写代码或设计界面，而是引导设计、研发等团队朝同一个目标努力，并对产品的整个生命周期负责，而不只是某一个项目。'),
    (16, 'en', 'Product manager',
     'A product manager decides what a product should do and why, working out which user problems to solve and setting the product''s vision, strategy and roadmap. They do not write the code or design the screens themselves but guide designers, engineers and others toward that goal, and they stay responsible for the product across its whole lifecycle rather than for a single project.'),
    (17, 'zh-CN', '管理咨询顾问',
     '管理咨询顾问研究组织的运作方式，收集并分析问题和流程方面的信息，提出新的制度、流程或组织调整建议。O*NET 把这类工作归入管理分析师；顾问有时组成团队、有时独自与组织的管理者合作，也可能协助跟进建议的落实。'),
    (17, 'en', 'Management consultant',
     'A management consultant studies how an organization works, gathers and analyzes information on its problems and procedures, and recommends new systems, procedures or organizational changes. O*NET files the work under management analysts; consultants work in teams or on their own with an organization''s managers, and they may follow up as their recommendations are put into practice.');

-- Titles people also use: English from O*NET reported titles or the pages cited, Chinese from the pages cited.
insert into role_title (role_id, locale, position, title, source_id) values
    (14, 'zh-CN', 1, '信息技术(IT)项目经理', 255),
    (14, 'zh-CN', 2, '软件项目经理', 256),
    (14, 'en', 1, 'Information systems project manager', 1016),
    (14, 'en', 2, 'IT program manager', 1016),
    (14, 'en', 3, 'Scrum master', 1016),
    (14, 'en', 4, 'Cybersecurity project manager', 1016),
    (15, 'zh-CN', 1, '施工项目负责人', 260),
    (15, 'zh-CN', 2, '项目负责人', 260),
    (15, 'en', 1, 'Construction manager', 1007),
    (15, 'en', 2, 'Construction superintendent', 1007),
    (15, 'en', 3, 'Job superintendent', 1007),
    (15, 'en', 4, 'Construction area manager', 1007),
    (16, 'zh-CN', 1, '产品助理', 281),
    (16, 'zh-CN', 2, '高级产品经理', 281),
    (16, 'zh-CN', 3, '产品专家', 281),
    (16, 'en', 1, 'Associate product manager', 279),
    (16, 'en', 2, 'Senior product manager', 279),
    (16, 'en', 3, 'Group product manager', 270),
    (17, 'zh-CN', 1, '咨询顾问', 296),
    (17, 'zh-CN', 2, '管理咨询师', 298),
    (17, 'en', 1, 'Management analyst', 1010),
    (17, 'en', 2, 'Business consultant', 1010),
    (17, 'en', 3, 'Organizational development consultant', 1010);

-- Facts beyond O*NET, each with its source
insert into role_fact (id, role_id, position, source_id) values
    (1401, 14, 1, 250),
    (1501, 15, 1, 259),
    (1502, 15, 2, 266),
    (1601, 16, 1, 1000),
    (1701, 17, 1, 295);

insert into role_fact_text (fact_id, locale, body) values
    (1401, 'zh-CN',
     '美国劳工统计局（BLS）《职业展望手册》中的计算机与信息系统经理负责规划、协调和指挥组织内与计算机相关的工作。据该页面，这一职业 2022 年 5 月的年薪中位数为 164,070 美元，2022—2032 年就业预计增长 15%，远快于所有职业的平均水平。'),
    (1401, 'en',
     'The BLS Occupational Outlook Handbook profile of computer and information systems managers, who plan, coordinate and direct computer-related work in an organization, gives a median pay of $164,070 a year (May 2022) and projects employment growth of 15% for 2022-32, much faster than the average for all occupations.'),
    (1501, 'zh-CN',
     '注册建造师分为一级和二级。按《注册建造师管理规定》，通过考核认定或考试取得建造师资格证书后，还须经过注册、取得注册证书和执业印章，才能以注册建造师的名义担任施工单位项目负责人（据 xw7777.cn 2013 年的辅导材料）。'),
    (1501, 'en',
     'China''s registered constructors (注册建造师) come in two levels, level 1 and level 2. Under the rules on registered constructors, passing the exam or assessment and holding the qualification certificate is not enough: a constructor must also register and obtain the registration certificate and practice seal before acting as a contractor''s project lead under that name (as summarized in a 2013 study guide on xw7777.cn).'),
    (1502, 'zh-CN',
     '据 myFuture 转载的 BLS 数据，2023—2033 年美国建设经理的就业预计增长 9%，远快于所有职业的平均水平，平均每年约有 45,800 个职位空缺。'),
    (1502, 'en',
     'BLS data shown on myFuture project employment of construction managers in the United States to grow 9% from 2023 to 2033, much faster than the average for all occupations, with about 45,800 openings a year on average.'),
    (1601, 'zh-CN',
     'O*NET 数据库没有与产品经理对应的职业：Product Manager 只出现在 11-2021.00 Marketing Managers（市场营销经理）的从业者报告职位名称中。因此本页不显示 O*NET 的职业代码、工作区间和技能评分，各项内容依据有关产品管理的中英文资料撰写。'),
    (1601, 'en',
     'The O*NET database has no occupation of its own for product managers: Product Manager appears only among the job titles reported for 11-2021.00 Marketing Managers. This page therefore shows no O*NET code, job zone or skill ratings, and its points are drawn from English and Chinese sources on product management.'),
    (1701, 'zh-CN',
     'CMC-Global 介绍，注册管理咨询师（CMC）要在一套广泛的知识体系中证明能力，包括人力资源、战略规划、财务、运营、信息技术和市场营销六个管理职能领域，以及职业道德、咨询流程、领导变革、客户沟通与项目管理和人际技能，并遵守其职业行为准则。'),
    (1701, 'en',
     'According to CMC-Global, a Certified Management Consultant (CMC) must show competence across a broad body of knowledge: six functional areas of management (human resources, strategic planning, finance, operations, information technology and marketing), ethics, consulting processes, leading change, client communications and project management, and interpersonal skills, and must comply with its code of professional conduct.');

-- Role points
-- it-project-manager / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14101, 14, 1, 'zh-CN', 1, '守住预算、进度和范围',
     '项目执行过程中，IT项目经理要确保花费、时间和交付内容都不偏离商定的计划。', 1016),
    (14102, 14, 1, 'zh-CN', 2, '制定并更新项目计划',
     '计划写明项目目标、涉及的技术和系统、信息规格、进度、资金和人员配置，情况变化时随之更新。', 1016),
    (14103, 14, 1, 'zh-CN', 3, '决定计划变更',
     '项目计划的修改，可能由IT项目经理提出、审核或批准。', 1016),
    (14104, 14, 1, 'zh-CN', 4, '交付符合质量标准的成果',
     '提交项目成果时，要确认它们达到规定的质量标准。', 1016),
    (14105, 14, 1, 'zh-CN', 5, '评估风险，制定应对策略',
     '通过风险评估找出可能影响项目的问题，再据此准备应对方案。', 1016),
    (14106, 14, 1, 'zh-CN', 6, '编制和管理年度预算',
     'IT项目的年度预算由IT项目经理编制，执行中也由他们管理。', 1016),
    (14107, 14, 1, 'zh-CN', 7, '了解客户现在和将来的需求',
     '通过直接沟通、问卷调查等方式，弄清客户的需求和优先事项。', 1016),
    (14108, 14, 1, 'zh-CN', 8, '敏捷团队里，部分职责由其他角色承担',
     'Toptal 的一篇文章指出，随着敏捷方法的普及，产品负责人和 Scrum Master 等角色接过了一些传统上由项目经理承担的工作。', 252);
-- it-project-manager / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14151, 14, 1, 'en', 1, 'Keeps delivery within budget, schedule and scope',
     'While the project runs, the IT project manager makes sure spending, timing and what gets delivered all stay in line with the agreed plan.', 1016),
    (14152, 14, 1, 'en', 2, 'Writes and updates the project plan',
     'The plan sets out the objectives, the technologies and systems involved, information specifications, the timeline, funding and staffing, and it is revised as things change.', 1016),
    (14153, 14, 1, 'en', 3, 'Decides on changes to the plan',
     'Changes to the project plan may be proposed, reviewed or approved by the IT project manager.', 1016),
    (14154, 14, 1, 'en', 4, 'Hands over deliverables that meet quality standards',
     'Before deliverables are submitted, the IT project manager checks that they meet the required quality standards.', 1016),
    (14155, 14, 1, 'en', 5, 'Assesses risks and plans responses',
     'Risk assessments show what could affect the project, and response strategies are built on what they find.', 1016),
    (14156, 14, 1, 'en', 6, 'Sets and manages the annual budget',
     'The IT project manager draws up the yearly budget for IT projects and manages spending against it.', 1016),
    (14157, 14, 1, 'en', 7, 'Finds out what customers need now and later',
     'Talking to customers directly, running surveys and similar methods bring out their current and future needs and priorities.', 1016),
    (14158, 14, 1, 'en', 8, 'In agile teams, other roles take on some duties',
     'A Toptal article notes that with the spread of agile, roles such as product owner and scrum master have taken over some duties that project managers traditionally carried.', 252);
-- it-project-manager / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14201, 14, 2, 'zh-CN', 1, '跟踪里程碑和交付成果',
     '随时掌握每个里程碑和每项交付成果的进展情况。', 1016),
    (14202, 14, 2, 'zh-CN', 2, '与项目成员一起解决问题',
     '和项目人员商量，找出问题所在，再把问题解决掉。', 1016),
    (14203, 14, 2, 'zh-CN', 3, '安排并主持项目会议',
     '安排与IT项目相关的会议，并在会上主持讨论。', 1016),
    (14204, 14, 2, 'zh-CN', 4, '编写项目状态报告',
     '收集信息、加以分析，总结出其中的趋势，写成项目状态报告。', 1016),
    (14205, 14, 2, 'zh-CN', 5, '维护工作分解结构（WBS）',
     '为IT项目建立并维护工作分解结构，把项目工作拆成便于管理的部分。', 1016),
    (14206, 14, 2, 'zh-CN', 6, '落实沟通计划',
     '制定项目的沟通计划，并按计划执行。', 1016),
    (14207, 14, 2, 'zh-CN', 7, '判断项目需要哪些资源',
     '既要确定项目起步时需要的资源，也要判断过程中是否需要追加。', 1016);
-- it-project-manager / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14251, 14, 2, 'en', 1, 'Tracks milestones and deliverables',
     'The IT project manager keeps track of where each milestone and each deliverable stands.', 1016),
    (14252, 14, 2, 'en', 2, 'Works problems through with the team',
     'The IT project manager confers with project staff to pin down problems and resolve them.', 1016),
    (14253, 14, 2, 'en', 3, 'Schedules and runs project meetings',
     'Meetings about the IT project are set up and facilitated by the project manager.', 1016),
    (14254, 14, 2, 'en', 4, 'Writes status reports',
     'Status reports come from gathering information, analyzing it and summing up what the trends show.', 1016),
    (14255, 14, 2, 'en', 5, 'Maintains the work breakdown structure (WBS)',
     'The project manager builds and keeps up the WBS, which splits the project''s work into manageable pieces.', 1016),
    (14256, 14, 2, 'en', 6, 'Runs the communication plan',
     'The project manager sets up a communication plan for the project and carries it out.', 1016),
    (14257, 14, 2, 'en', 7, 'Works out what resources are needed',
     'This covers the resources a project needs at the start and any extra ones it needs later.', 1016);
-- it-project-manager / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14301, 14, 3, 'zh-CN', 1, '批判性思维排在首位',
     'O*NET 对这一职业的技能评分中，批判性思维得分最高；写作、时间管理、阅读理解、协调和主动倾听紧随其后。', 1016),
    (14302, 14, 3, 'zh-CN', 2, '既懂客户服务，也懂计算机',
     '知识方面，O*NET 评分最高的是英语语言、客户与个人服务、计算机与电子，其次是行政与管理。', 1016),
    (14303, 14, 3, 'zh-CN', 3, '熟悉项目管理和办公工具',
     'O*NET 标出的需求较多的工具包括 Jira、Microsoft Excel 和 PowerPoint、SAP、ServiceNow 以及 SQL。', 1016),
    (14304, 14, 3, 'zh-CN', 4, '了解软件是怎样做出来的',
     '一份软件项目经理职位要求概览提到：要熟悉软件开发生命周期和敏捷方法，会用 JIRA 等项目管理工具，并了解 Git、Docker 等开发工具。', 256),
    (14305, 14, 3, 'zh-CN', 5, 'PMP 证书可能是加分项',
     '同一份概览写明，持有 PMP（项目管理专业人士）证书者优先。', 256),
    (14306, 14, 3, 'zh-CN', 6, 'PMP 的申请条件',
     '有四年制学位者需在过去八年内积累 36 个月项目管理经验，没有学位者需要 60 个月；两种情况都要有 35 学时的项目管理教育（或持有 CAPM）。持证后每三年需取得 60 个专业发展单元（PDU）。', 258),
    (14307, 14, 3, 'zh-CN', 7, '软考的高级资格：信息系统项目管理师',
     '信息系统项目管理师属于软考的高级资格，考试由人社部和工信部共同组织，既是国家职业资格考试，也是职称资格考试。', 253);
-- it-project-manager / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14351, 14, 3, 'en', 1, 'Critical thinking comes first',
     'In O*NET''s skill ratings for the occupation, critical thinking scores highest, with writing, time management, reading comprehension, coordination and active listening close behind.', 1016),
    (14352, 14, 3, 'en', 2, 'Knows customer service as well as computers',
     'Among knowledge areas, O*NET rates English language, customer and personal service, and computers and electronics highest, followed by administration and management.', 1016),
    (14353, 14, 3, 'en', 3, 'Uses project and office tools',
     'Tools O*NET marks as in demand for the occupation include Jira, Microsoft Excel and PowerPoint, SAP, ServiceNow and SQL.', 1016),
    (14354, 14, 3, 'en', 4, 'Understands how software gets built',
     'One overview of software project manager requirements asks for familiarity with the software development life cycle and agile methods, project tools such as Jira, and development tools such as Git and Docker.', 256),
    (14355, 14, 3, 'en', 5, 'A PMP may count in a candidate''s favor',
     'The same overview says candidates holding the PMP (Project Management Professional) certification are preferred.', 256),
    (14356, 14, 3, 'en', 6, 'What it takes to apply for the PMP',
     'With a four-year degree, the PMP calls for 36 months of project management experience within the last eight years; without one, 60 months. Both routes need 35 contact hours of project management education (or the CAPM), and holders earn 60 professional development units (PDUs) every three years to keep it.', 258),
    (14357, 14, 3, 'en', 7, 'A senior 软考 qualification for IT project managers',
     'Information systems project manager (信息系统项目管理师) is a senior-level qualification in 软考, China''s national computer technical qualification exams, run jointly by MOHRSS (the Ministry of Human Resources and Social Security) and MIIT (the Ministry of Industry and Information Technology). It counts both as a national vocational qualification and as a qualification for professional titles.', 253);
-- it-project-manager / kpis / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14401, 14, 4, 'zh-CN', 1, '按时、按预算、保质量，让客户满意',
     '一份IT项目经理职业介绍把首要职责概括为：在预算内按时、高质量地带领团队完成全部项目工作，并让客户满意。', 255),
    (14402, 14, 4, 'zh-CN', 2, '很多工作难以量化',
     'Toptal 的文章指出，项目经理的很多工作偏定性，绩效很难衡量：缺了项目管理，问题很快暴露；一切顺利时，同事却往往说不清他们到底做了什么。', 252),
    (14403, 14, 4, 'zh-CN', 3, '用进度偏差和进度绩效指数看进度',
     '一篇关于项目进度考核的文章介绍了挣值管理：进度偏差 SV = EV − PV，进度绩效指数 SPI = EV / PV（EV 为挣值，PV 为计划价值）。在需要严格控制成本和进度的大型项目中，可每周或每月计算 SPI，低于 0.95 时发出预警。', 257),
    (14404, 14, 4, 'zh-CN', 4, '按里程碑检查完成情况',
     '同一篇文章建议在项目启动时定好里程碑，之后每周或每月检查任务完成率，记录偏差并分析原因。', 257);
-- it-project-manager / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14451, 14, 4, 'en', 1, 'On time, within budget, to standard, with a satisfied client',
     'One Chinese career profile of the IT project manager sums up the first duty as leading the team to finish all the project work on time, within budget and to a high standard, with the client satisfied.', 255),
    (14452, 14, 4, 'en', 2, 'Much of the job is hard to measure',
     'A Toptal article points out that much of a project manager''s work is qualitative and hard to measure: a lack of project management shows quickly, yet when things run smoothly colleagues often cannot say what the project manager actually does.', 252),
    (14453, 14, 4, 'en', 3, 'Schedule variance and SPI show progress',
     'An article on assessing project schedules describes earned value management: schedule variance (SV) = EV − PV and the schedule performance index (SPI) = EV / PV, where EV is earned value and PV planned value. On large projects that need tight cost and schedule control, SPI may be calculated weekly or monthly, with a warning when it falls below 0.95.', 257),
    (14454, 14, 4, 'en', 4, 'Milestones checked week by week',
     'The same article suggests setting milestones when the project starts, then checking task completion weekly or monthly, logging any slippage and looking into its causes.', 257);
-- it-project-manager / works-with / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14501, 14, 5, 'zh-CN', 1, '项目团队成员',
     '指挥和协调项目人员的工作，分配职责和权限，跟踪每个人的表现，给出反馈并留下记录。', 1016),
    (14502, 14, 5, 'zh-CN', 2, '客户',
     '要直接与客户沟通，必要时做调查，了解他们现在和将来的需求。', 1016),
    (14503, 14, 5, 'zh-CN', 3, '供应商和外部顾问',
     '根据项目需要，物色、评估并选定供应商或顾问。', 1016),
    (14504, 14, 5, 'zh-CN', 4, '相关方和供应商',
     '与项目相关方或供应商谈判，争取项目所需的资源或物资。', 1016),
    (14505, 14, 5, 'zh-CN', 5, '质量保证（QA）人员',
     '一份IT项目经理职业介绍提到，要监督各阶段产出的文档，并与 QA 及时沟通，保证文档完整、规范。', 255);
-- it-project-manager / works-with / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14551, 14, 5, 'en', 1, 'The project team',
     'The IT project manager directs and coordinates the project staff, assigns duties and authority, and tracks each person''s performance, giving feedback and keeping a record of it.', 1016),
    (14552, 14, 5, 'en', 2, 'Customers',
     'The IT project manager talks with customers directly, and surveys them when needed, to learn their current and future needs.', 1016),
    (14553, 14, 5, 'en', 3, 'Vendors and consultants',
     'When the project needs outside help, the IT project manager identifies, reviews and picks vendors or consultants.', 1016),
    (14554, 14, 5, 'en', 4, 'Stakeholders and suppliers',
     'Resources and materials for the project are negotiated with project stakeholders or suppliers.', 1016),
    (14555, 14, 5, 'en', 5, 'Quality assurance (QA) staff',
     'A Chinese career profile mentions overseeing the documents each phase produces and keeping in close touch with QA so that they are complete and follow the standards.', 255);
-- it-project-manager / career-path / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14601, 14, 6, 'zh-CN', 1, '通常不是入门岗位',
     'Vault 指出，IT项目经理一般不是入门职位：多数人先做过软硬件工程师或设计师、数据库专家、计算机支持专员、系统分析师、网络管理员等IT工作，再担任较低层级的管理职务。', 251),
    (14602, 14, 6, 'zh-CN', 2, '学历和经验',
     '美国劳工统计局（BLS）对计算机与信息系统经理（负责规划、协调和指挥组织内与计算机相关的工作）的介绍是：通常需要计算机或信息科学学士学位和相关工作经验，其概览中的经验要求为 5 年以上；不少人还有研究生学位。', 250),
    (14603, 14, 6, 'zh-CN', 3, '可能升任首席技术官、首席信息官',
     'Vault 提到，项目经理可以晋升为首席技术官（CTO）；兼具业务和技术眼光的 CTO 可能成为首席信息官（CIO），许多 CIO 再走上 CEO、首席运营官等高管职位。这是 Vault 描述的一种可能路线，并非固定阶梯。', 251),
    (14604, 14, 6, 'zh-CN', 4, '也有人转做独立顾问',
     'Vault 还提到，有些项目经理会成为自由职业的顾问，也有人自己开办咨询公司。', 251),
    (14605, 14, 6, 'zh-CN', 5, '软考高级资格与职称挂钩',
     '据 xtjc.com 的介绍，通过信息系统项目管理师考试的人员具备高级工程师的实际工作能力和业务水平，可以聘任高级工程师职务。', 254);
-- it-project-manager / career-path / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (14651, 14, 6, 'en', 1, 'Usually not an entry-level job',
     'According to Vault, the IT project manager job is typically not entry-level: most people first work in IT roles such as software or hardware engineer or designer, database specialist, computer support specialist, systems analyst or network administrator, and then in lower-level management.', 251),
    (14652, 14, 6, 'en', 2, 'Degree and experience',
     'For computer and information systems managers, who plan, coordinate and direct computer-related work in an organization, BLS says candidates typically need a bachelor''s degree in computer or information science and related work experience (5 years or more in its quick facts); many also hold a graduate degree.', 250),
    (14653, 14, 6, 'en', 3, 'Possible moves up to CTO and CIO',
     'Vault notes that project managers can advance to chief technology officer (CTO); CTOs with both business and technical acumen can become chief information officers (CIOs), and many CIOs go on to executive roles such as CEO or chief operating officer. Vault presents this as a possible route, not a fixed ladder.', 251),
    (14654, 14, 6, 'en', 4, 'Some go independent as consultants',
     'Vault adds that some project managers become freelance consultants and some start their own consulting businesses.', 251),
    (14655, 14, 6, 'en', 5, 'The senior 软考 qualification ties in with professional titles',
     'According to xtjc.com, people who pass the information systems project manager exam are considered to work at the level of a senior engineer and can be appointed senior engineer, a professional title in China.', 254);
-- construction-project-manager / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15101, 15, 1, 'zh-CN', 1, '按期推进施工',
     '规划、排序并协调各项施工活动，确保项目赶上各个期限。', 1007),
    (15102, 15, 1, 'zh-CN', 2, '指挥和监督施工人员',
     '施工人员及相关工人的工作，由工程项目经理直接指挥和监督。', 1007),
    (15103, 15, 1, 'zh-CN', 3, '拟订合同，谈判变更',
     '与建筑师、顾问、客户、供应商或分包商拟订合同，并就合同修改进行谈判。', 1007),
    (15104, 15, 1, 'zh-CN', 4, '确保符合建筑、安全和环保法规',
     '通过检查和审核，确认项目符合建筑规范、安全规范和环境法规。', 1007),
    (15105, 15, 1, 'zh-CN', 5, '建立质量控制',
     '制定或实施质量控制方案。', 1007),
    (15106, 15, 1, 'zh-CN', 6, '办理许可和执照',
     '申请并取得项目所需的各种许可或执照。', 1007),
    (15107, 15, 1, 'zh-CN', 7, '开工前的评估',
     '亲自或委托他人做开工前评估，例如概念性成本估算、可行性研究，以及节能、环境和可持续性评估。', 1007);
-- construction-project-manager / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15151, 15, 1, 'en', 1, 'Keeps construction on schedule',
     'Construction activities are planned, sequenced and coordinated so that the project meets its deadlines.', 1007),
    (15152, 15, 1, 'en', 2, 'Directs and supervises the workers',
     'Construction workers and related crews work under the construction project manager''s direction and supervision.', 1007),
    (15153, 15, 1, 'en', 3, 'Handles contracts and their revisions',
     'The construction project manager drafts contracts with architects, consultants, clients, suppliers or subcontractors and negotiates any changes to them.', 1007),
    (15154, 15, 1, 'en', 4, 'Keeps the project within building, safety and environmental rules',
     'Inspections and reviews check that the work complies with building and safety codes and with environmental regulations.', 1007),
    (15155, 15, 1, 'en', 5, 'Sets up quality control',
     'The construction project manager develops or puts in place quality control programs.', 1007),
    (15156, 15, 1, 'en', 6, 'Obtains permits and licenses',
     'Every permit or license the project needs is applied for and obtained.', 1007),
    (15157, 15, 1, 'en', 7, 'Assessments before building starts',
     'Early assessments such as conceptual cost estimates, feasibility studies and reviews of energy efficiency, environmental impact and sustainability are carried out by the construction project manager or contracted out.', 1007);
-- construction-project-manager / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15201, 15, 2, 'zh-CN', 1, '与各方商讨并解决问题',
     '和监督人员、业主、承包商或设计人员一起讨论工作程序、投诉和施工问题，商定解决办法。', 1007),
    (15202, 15, 2, 'zh-CN', 2, '讲解图纸和合同条款',
     '向业主或开发商的代表讲解图纸和合同条款，这些代表可能是行政人员、工人或客户。', 1007),
    (15203, 15, 2, 'zh-CN', 3, '研读规格，选择施工方法',
     '研读工程规格说明，确定合适的施工方法。', 1007),
    (15204, 15, 2, 'zh-CN', 4, '调查损坏、事故和延误',
     '施工现场出现损坏、事故或延误时，查明情况，确认施工程序是否执行到位。', 1007),
    (15205, 15, 2, 'zh-CN', 5, '应对延误、恶劣天气和突发情况',
     '遇到延误、坏天气或现场紧急情况时，启用新计划或调整后的计划。', 1007),
    (15206, 15, 2, 'zh-CN', 6, '调配人力和物资',
     '确定各工地需要多少人手，据此派工，并申领完成工程所需的物资和材料。', 1007),
    (15207, 15, 2, 'zh-CN', 7, '提交预算和进度报告',
     '编制预算估算，并提交进度报告和成本跟踪报告。', 1007);
-- construction-project-manager / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15251, 15, 2, 'en', 1, 'Settles issues with the parties involved',
     'Work procedures, complaints and construction problems are talked through and settled with supervisors, owners, contractors or design professionals.', 1007),
    (15252, 15, 2, 'en', 2, 'Explains plans and contract terms',
     'The construction project manager explains the plans and contract terms to the people who represent the owner or developer, who may be administrative staff, workers or clients.', 1007),
    (15253, 15, 2, 'en', 3, 'Studies the specifications to choose methods',
     'Job specifications are read closely to decide which construction methods fit.', 1007),
    (15254, 15, 2, 'en', 4, 'Investigates damage, accidents and delays',
     'When damage, an accident or a delay happens on site, the construction project manager looks into it to check that proper procedures were followed.', 1007),
    (15255, 15, 2, 'en', 5, 'Adapts plans to delays, weather and emergencies',
     'New or revised plans are put into effect when delays, bad weather or site emergencies strike.', 1007),
    (15256, 15, 2, 'en', 6, 'Arranges labor and materials',
     'Labor needs are worked out before workers are sent to each site, and supplies and materials for the job are requisitioned.', 1007),
    (15257, 15, 2, 'en', 7, 'Reports on budget and progress',
     'The construction project manager drafts budget estimates and files progress and cost-tracking reports.', 1007);
-- construction-project-manager / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15301, 15, 3, 'zh-CN', 1, '人员管理和协调最重要',
     'O*NET 对这一职业的技能评分中，人员资源管理和协调最高；时间管理、口头表达、监控和主动倾听紧随其后。', 1007),
    (15302, 15, 3, 'zh-CN', 2, '建筑施工知识',
     '知识方面，建筑与施工的评分最高，其次是行政与管理、工程与技术。', 1007),
    (15303, 15, 3, 'zh-CN', 3, '进度管理和设计软件',
     'O*NET 列出的工具包括 Microsoft Project、Oracle Primavera、Procore、AutoCAD 和 Revit，以及 Excel 等办公软件。', 1007),
    (15304, 15, 3, 'zh-CN', 4, '在中国，大中型项目要由注册建造师负责',
     '据《注册建造师管理规定》（2007 年 3 月 1 日起施行）的有关内容，未取得注册证书和执业印章的人员，不得担任大中型建设工程项目的施工单位项目负责人；小型项目没有这项要求。', 259),
    (15305, 15, 3, 'zh-CN', 5, '美国的 CCM 认证',
     '美国建设管理协会（CMAA）设有自愿参加的注册建设经理（CCM）认证，要求 48 个月的建设管理经验、满足若干学历条件之一、两封客户或业主的推荐信，并通过考试。', 267);
-- construction-project-manager / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15351, 15, 3, 'en', 1, 'Managing people and coordinating work come first',
     'In O*NET''s skill ratings for the occupation, management of personnel resources and coordination score highest, with time management, speaking, monitoring and active listening close behind.', 1007),
    (15352, 15, 3, 'en', 2, 'Building and construction knowledge',
     'Among knowledge areas, O*NET rates building and construction highest, followed by administration and management and by engineering and technology.', 1007),
    (15353, 15, 3, 'en', 3, 'Scheduling and design software',
     'Tools O*NET lists for the occupation include Microsoft Project, Oracle Primavera, Procore, AutoCAD and Revit, along with office software such as Excel.', 1007),
    (15354, 15, 3, 'en', 4, 'In China, large and medium projects need a registered constructor',
     'Under China''s rules on registered constructors (注册建造师管理规定, in force since March 1, 2007), as summarized in a study guide, someone without the registration certificate and practice seal may not serve as the contractor''s project lead on a large or medium construction project; small projects carry no such requirement.', 259),
    (15355, 15, 3, 'en', 5, 'The CCM credential in the United States',
     'The Construction Management Association of America (CMAA) runs a voluntary Certified Construction Manager (CCM) program that asks for 48 months of experience as a construction manager, one of several education criteria, two reference letters from clients or owners, and a passed exam.', 267);
-- construction-project-manager / kpis / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15401, 15, 4, 'zh-CN', 1, '施工进度计划完成率',
     '一份工程项目经理岗位说明书示例把进度指标定为：施工进度计划完成率不低于 90%。', 261),
    (15402, 15, 4, 'zh-CN', 2, '工程质量合格率',
     '同一示例要求工程质量合格率不低于 95%。', 261),
    (15403, 15, 4, 'zh-CN', 3, '不发生重大安全事故',
     '该示例的安全指标是不发生重大安全事故；成本方面，要求甲方（业主）的罚款不超过 0.5 万元。', 261),
    (15404, 15, 4, 'zh-CN', 4, '事故率是首要的安全指标',
     'TechnologyAdvice 认为安全指标应放在首位，其中最重要的是事故率，即安全索赔出现的频率；安全会议的次数也要跟踪。', 263),
    (15405, 15, 4, 'zh-CN', 5, '用挣值看成本和进度',
     '一份建造师考试辅导材料列出四个评价指标：成本偏差 CV = BCWP − ACWP，成本绩效指数 CPI = BCWP / ACWP，进度偏差 SV = BCWP − BCWS，进度绩效指数 SPI = BCWP / BCWS（BCWP 为已完成工作预算费用即挣值，BCWS 为计划完成工作预算费用，ACWP 为已完成工作实际费用）。CV 大于 0 或 CPI 大于 1 表示节支，SV 大于 0 或 SPI 大于 1 表示进度提前。', 262),
    (15406, 15, 4, 'zh-CN', 6, '变更单、返工和客户满意度',
     'ReadyBizPlans 列出的五项建设项目管理指标还包括：签发变更单的次数（反映范围蔓延和计划漏洞）、返工费用占项目成本的比例，以及项目结束后的客户满意度（CSAT）。', 264);
-- construction-project-manager / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15451, 15, 4, 'en', 1, 'Share of the construction schedule completed',
     'One sample job description for a construction project manager sets the schedule target at no less than 90% of the construction schedule completed as planned.', 261),
    (15452, 15, 4, 'en', 2, 'Quality pass rate',
     'The same sample asks for a quality pass rate of at least 95% on the work.', 261),
    (15453, 15, 4, 'en', 3, 'No major safety accidents',
     'Its safety target is no major accident, and on cost it caps fines from the client (the owner) at 5,000 yuan.', 261),
    (15454, 15, 4, 'en', 4, 'Incident rate leads the safety metrics',
     'TechnologyAdvice puts safety metrics first, starting with the incident rate, which tracks how often safety claims are made; the number of safety meetings is tracked as well.', 263),
    (15455, 15, 4, 'en', 5, 'Earned value for cost and schedule',
     'Study notes for China''s constructor exam list four measures: cost variance (CV) = BCWP − ACWP, the cost performance index (CPI) = BCWP / ACWP, schedule variance (SV) = BCWP − BCWS and the schedule performance index (SPI) = BCWP / BCWS, where BCWP is the budgeted cost of work performed (earned value), BCWS the budgeted cost of work scheduled and ACWP the actual cost of work performed. A CV above 0 or a CPI above 1 means spending below budget, and an SV above 0 or an SPI above 1 means ahead of schedule.', 262),
    (15456, 15, 4, 'en', 6, 'Change orders, rework and client satisfaction',
     'ReadyBizPlans'' five construction management metrics also include how many change orders are issued (a sign of scope creep and planning gaps), the share of project cost spent on rework, and client satisfaction (CSAT) after the project.', 264);
-- construction-project-manager / works-with / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15501, 15, 5, 'zh-CN', 1, '业主和开发商',
     '业主或开发商的代表是常打交道的对象，图纸和合同条款都要向他们讲清楚。', 1007),
    (15502, 15, 5, 'zh-CN', 2, '建筑师、顾问、供应商和分包商',
     '合同的拟订和修改，要与建筑师、顾问、客户、供应商或分包商商定。', 1007),
    (15503, 15, 5, 'zh-CN', 3, '监督人员、承包商和设计人员',
     '遇到工作程序、投诉或施工问题，要和他们一起商量解决。', 1007),
    (15504, 15, 5, 'zh-CN', 4, '施工人员和专业工种',
     '直接指挥施工人员；油漆、管道等专业工种则通过发包或监督来管理。', 1007),
    (15505, 15, 5, 'zh-CN', 5, '监理和行业主管部门',
     '一份岗位说明书示例还列出：要处理好与业主、监理、分包商以及行业主管部门的关系，并负责工程款的回收。', 261);
-- construction-project-manager / works-with / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15551, 15, 5, 'en', 1, 'Owners and developers',
     'Representatives of the owner or developer are regular contacts, and the plans and contract terms have to be made clear to them.', 1007),
    (15552, 15, 5, 'en', 2, 'Architects, consultants, suppliers and subcontractors',
     'Contracts, and changes to them, are worked out with architects, consultants, clients, suppliers or subcontractors.', 1007),
    (15553, 15, 5, 'en', 3, 'Supervisors, contractors and design professionals',
     'They are the people to confer with when work procedures, complaints or construction problems need settling.', 1007),
    (15554, 15, 5, 'en', 4, 'Workers and specialty trades',
     'Construction workers take direction from the manager, while craft work such as painting or plumbing is contracted out or overseen.', 1007),
    (15555, 15, 5, 'en', 5, 'Site supervision firms and regulators',
     'A Chinese sample job description also lists handling relations with the owner, the construction supervision firm (监理), subcontractors and the industry''s government regulators, and collecting payment for the work.', 261);
-- construction-project-manager / career-path / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15601, 15, 6, 'zh-CN', 1, '大公司看重经验加学历',
     'BLS《职业展望手册》（2015 年存档的页面）指出，大型建筑公司越来越倾向于招聘既有施工经验、又有建筑相关专业学士学位的人。', 265),
    (15602, 15, 6, 'zh-CN', 2, '也可以从施工一线干上来',
     '同一来源提到，也有一些人可能凭高中文凭加上在施工行业多年的工作经历获得任职资格。', 265),
    (15603, 15, 6, 'zh-CN', 3, '建造师等级决定可负责的项目规模',
     '在中国，一级注册建造师可以担任大、中、小型工程的施工项目负责人，二级注册建造师可以担任中、小型工程的施工项目负责人。', 260),
    (15604, 15, 6, 'zh-CN', 4, '继续教育有助于晋升',
     '东肯塔基大学建设管理专业的职业前景页面提到，继续教育和培训有助于建设经理提高工作表现和晋升机会。', 268);
-- construction-project-manager / career-path / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (15651, 15, 6, 'en', 1, 'Large firms want experience plus a degree',
     'The BLS Occupational Outlook Handbook (in a copy captured in 2015) says large construction firms increasingly prefer candidates with both construction experience and a bachelor''s degree in a construction-related field.', 265),
    (15652, 15, 6, 'en', 2, 'Some rise from the trades',
     'The same source notes that some managers may qualify with a high school diploma and many years of work in a construction trade.', 265),
    (15653, 15, 6, 'en', 3, 'The constructor level sets the size of project one may lead',
     'In China, a level 1 registered constructor may lead construction on large, medium and small projects, and a level 2 registered constructor on medium and small ones.', 260),
    (15654, 15, 6, 'en', 4, 'Further training helps advancement',
     'Eastern Kentucky University''s construction management career page says continuing education and training help construction managers improve their job performance and their chances of advancement.', 268);
-- product-manager / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16101, 16, 1, 'zh-CN', 1, '决定做哪些功能',
     '维基媒体基金会是这样分工的：产品经理决定做哪些功能，设计师负责设计，开发人员负责实现，分析师衡量功能的效果。', 269),
    (16102, 16, 1, 'zh-CN', 2, '代表用户的立场',
     '在维基媒体的描述中，产品经理代表用户的视角，和团队一起找出并解决用户的问题，并把各种想法整合成一个完整的方案。', 269),
    (16103, 16, 1, 'zh-CN', 3, '制定产品愿景、策略和路线图',
     '提出并掌握产品的愿景、策略和路线图，是产品经理的核心职责。', 270),
    (16104, 16, 1, 'zh-CN', 4, '排定功能优先级',
     '在路线图中排定功能的先后，推动产品持续改进，并在业务、技术和用户需求之间取得平衡。', 270),
    (16105, 16, 1, 'zh-CN', 5, '负责产品的整个生命周期',
     '从构思、上线到上线之后，产品经理都要对产品负责。', 270),
    (16106, 16, 1, 'zh-CN', 6, '围绕三个问题工作',
     '要解决什么问题、为谁解决、方案应当怎样随时间改进——Product Leadership 认为，产品经理所做的一切都围绕这三个问题。', 272),
    (16107, 16, 1, 'zh-CN', 7, '引导团队，而不是亲自动手',
     '产品经理不亲自设计界面或编写代码，而是引导团队做出有价值、值得长期维护的产品。', 272);
-- product-manager / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16151, 16, 1, 'en', 1, 'Decides which features to build',
     'At the Wikimedia Foundation, product managers decide what features to build, designers design them, developers build them and analysts measure how they perform.', 269),
    (16152, 16, 1, 'en', 2, 'Speaks for the user',
     'In Wikimedia''s description, the product manager represents the users'' point of view, works with the team to find and solve their problems, and makes sure the ideas come together into a coherent whole.', 269),
    (16153, 16, 1, 'en', 3, 'Owns the vision, strategy and roadmap',
     'Shaping and owning the product''s vision, strategy and roadmap is at the core of the job.', 270),
    (16154, 16, 1, 'en', 4, 'Sets feature priorities',
     'Features on the roadmap are prioritized and the product keeps improving, with business, technology and customer needs held in balance.', 270),
    (16155, 16, 1, 'en', 5, 'Answers for the whole lifecycle',
     'The product manager answers for the product across its lifecycle, from the first idea through launch and beyond.', 270),
    (16156, 16, 1, 'en', 6, 'Works from three questions',
     'What problem are we solving, who are we solving it for, and how should the solution improve over time: Product Leadership ties everything a product manager does to these three questions.', 272),
    (16157, 16, 1, 'en', 7, 'Guides the team rather than building it personally',
     'Product managers do not design screens or write code themselves; they guide the team toward building something valuable and worth maintaining.', 272);
-- product-manager / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16201, 16, 2, 'zh-CN', 1, '做用户调研',
     '一份深圳的产品经理招聘信息列出：通过访谈、问卷、数据分析、竞品分析和市场趋势研究，收集并分析用户的真实需求。', 273),
    (16202, 16, 2, 'zh-CN', 2, '排定需求优先级',
     '用 KANO 模型、ICE 评分（影响力、信心、简易性）等方法评估需求的价值，确定开发的先后顺序，避免需求过载。', 273),
    (16203, 16, 2, 'zh-CN', 3, '撰写需求文档',
     '写出需求规格说明，包括功能描述、业务流程、交互逻辑和验收标准，让开发团队清楚要做什么。', 273),
    (16204, 16, 2, 'zh-CN', 4, '画原型，评估可行性',
     '用 Axure、Figma 等工具画流程图和原型，并与开发团队一起评估功能的技术难度、成本和周期。', 273),
    (16205, 16, 2, 'zh-CN', 5, '盯数据，收反馈',
     '监控留存率、转化率、崩溃率等核心指标，并从售后、用户和业务等渠道收集意见，纳入迭代计划。', 273),
    (16206, 16, 2, 'zh-CN', 6, '直接接触客户',
     'Atlassian 的一位产品经理把与大量客户交谈视为工作的一部分，并建议尝试各种办法了解客户的问题，例如到现场观察客户使用产品，或在产品中加入分析埋点来了解使用情况。', 274);
-- product-manager / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16251, 16, 2, 'en', 1, 'Researches users',
     'A product manager job posting in Shenzhen lists collecting and analyzing what users really need through interviews, surveys, data analysis, competitor analysis and market trend research.', 273),
    (16252, 16, 2, 'en', 2, 'Ranks requirements',
     'Methods such as the Kano model and ICE scoring (impact, confidence, ease) are used to weigh each requirement and set the development order, so that the team is not overloaded.', 273),
    (16253, 16, 2, 'en', 3, 'Writes the requirements document',
     'A requirements specification covers feature descriptions, business processes, interaction logic and acceptance criteria so that the developers know exactly what is wanted.', 273),
    (16254, 16, 2, 'en', 4, 'Prototypes and checks feasibility',
     'Flowcharts and prototypes are drawn in tools such as Axure or Figma, and technical difficulty, cost and timing are assessed with the developers.', 273),
    (16255, 16, 2, 'en', 5, 'Watches the numbers and gathers feedback',
     'Core metrics such as retention, conversion and crash rates are monitored, and feedback from after-sales support, users and the business goes into the iteration plan.', 273),
    (16256, 16, 2, 'en', 6, 'Meets customers directly',
     'An Atlassian product manager counts talking to many customers as part of the job and suggests trying different ways to understand their problems, such as watching customers use the product in context or adding analytics to see how it is used.', 274);
-- product-manager / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16301, 16, 3, 'zh-CN', 1, '同理心、沟通、排优先级和战略思维',
     'Product Leadership 认为，最重要的技能是同理心、沟通、排定优先级和战略思考。', 272),
    (16302, 16, 3, 'zh-CN', 2, '靠影响力领导',
     '产品经理的领导力来自影响力，而不是控制。', 272),
    (16303, 16, 3, 'zh-CN', 3, '兼顾用户、技术和商业',
     'Invensis Learning 把产品经理定位在商业战略、用户体验和技术的交汇处：产品既要解决用户的真实问题，也要支撑公司的战略目标。', 271),
    (16304, 16, 3, 'zh-CN', 4, '原型和数据分析工具',
     '前述招聘信息提到的工具包括 Axure、Figma 等原型工具，以及 Google Analytics、友盟等数据分析工具。', 273),
    (16305, 16, 3, 'zh-CN', 5, '复合型能力',
     '《B端产品方法论》认为，B端产品经理是复合型人才：要懂业务、产品、技术、运营、数据和项目，还要善于抽象、表达、沟通和处理人际关系。', 281);
-- product-manager / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16351, 16, 3, 'en', 1, 'Empathy, communication, prioritization and strategy',
     'Product Leadership names empathy, communication, prioritization and strategic thinking as the skills that matter most.', 272),
    (16352, 16, 3, 'en', 2, 'Leading through influence',
     'In a product manager''s job, leadership happens through influence rather than control.', 272),
    (16353, 16, 3, 'en', 3, 'Balances users, technology and business',
     'Invensis Learning places the product manager where business strategy, user experience and technology meet, making sure the product solves real user problems and supports the company''s strategic goals.', 271),
    (16354, 16, 3, 'en', 4, 'Prototyping and analytics tools',
     'The Shenzhen posting mentions prototyping tools such as Axure and Figma and analytics tools such as Google Analytics and Umeng (友盟).', 273),
    (16355, 16, 3, 'en', 5, 'A broad mix of skills',
     'The book B端产品方法论 (a guide to B2B product management) describes B2B product managers as all-rounders who need to understand the business, the product, technology, operations, data and projects, and to be good at abstraction, expression, communication and working with people.', 281);
-- product-manager / kpis / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16401, 16, 4, 'zh-CN', 1, '看成果，而不是产出',
     'Edworking 的对比表把产品经理的成功指标列为投资回报率（ROI）、用户采用率和净推荐值（NPS），关注的是成果（价值），而不是交付物本身。', 275),
    (16402, 16, 4, 'zh-CN', 2, '留存率该不该算在产品经理头上',
     'ProductCraft 的一次投票中，70% 的人认为产品经理应按用户留存率考核；参与讨论的几位嘉宾也同意，但指出公司里每个人都应对留存负责。', 276),
    (16403, 16, 4, 'zh-CN', 3, '功能采用率',
     'Bentega 把功能采用率列为产品经理最重要的指标之一：使用某项功能的用户数除以总用户数，再乘以 100。', 277),
    (16404, 16, 4, 'zh-CN', 4, '追求市场成功',
     'PingCode 的一篇文章认为，产品经理追求市场成功，项目经理追求交付成功；产品经理要持续盯住日活跃用户数（DAU）、转化率等关键指标。', 278);
-- product-manager / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16451, 16, 4, 'en', 1, 'Judged on outcomes, not output',
     'Edworking''s comparison lists the product manager''s success metrics as return on investment (ROI), user adoption and net promoter score (NPS), a focus on outcomes (value) rather than on the deliverables themselves.', 275),
    (16452, 16, 4, 'en', 2, 'Should retention count for the product manager?',
     'In a ProductCraft poll, 70% said product managers should be measured on user retention; the debaters agreed but pointed out that everyone in a company should be measured on it.', 276),
    (16453, 16, 4, 'en', 3, 'Feature adoption rate',
     'Bentega counts feature adoption rate among the most important product manager metrics: the number of users of a feature divided by total users, times 100.', 277),
    (16454, 16, 4, 'en', 4, 'Aiming at market success',
     'A PingCode article says product managers pursue market success while project managers pursue delivery success, and that product managers keep watching key metrics such as daily active users (DAU) and conversion rate.', 278);
-- product-manager / works-with / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16501, 16, 5, 'zh-CN', 1, '设计师、开发人员和分析师',
     '在维基媒体基金会，产品经理与设计师、开发人员和分析师一起找出并解决用户的问题。', 269),
    (16502, 16, 5, 'zh-CN', 2, '设计、工程、市场和销售',
     '产品经理要让设计、工程、市场和销售等跨职能团队协调一致。', 271),
    (16503, 16, 5, 'zh-CN', 3, '开发、设计、测试和运营',
     '前述招聘信息提到，要与开发、设计、测试和运营团队同步需求、对齐目标，并化解协作中的冲突，例如开发资源不足时调整排期。', 273),
    (16504, 16, 5, 'zh-CN', 4, '客户',
     'Atlassian 的产品经理通过与客户交谈，了解哪些做法对他们有效，以及他们的团队在打造好产品时遇到了哪些困难。', 274),
    (16505, 16, 5, 'zh-CN', 5, '项目经理',
     '在运转良好的组织里，两者互为补充：产品经理定义需求（做什么），项目经理确保工程团队把需求有效地交付出来（怎么做）。', 275);
-- product-manager / works-with / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16551, 16, 5, 'en', 1, 'Designers, developers and analysts',
     'At the Wikimedia Foundation, product managers work with designers, developers and analysts to find and solve user problems.', 269),
    (16552, 16, 5, 'en', 2, 'Design, engineering, marketing and sales',
     'Aligning cross-functional teams, including design, engineering, marketing and sales, is part of the role.', 271),
    (16553, 16, 5, 'en', 3, 'Development, design, testing and operations',
     'The Shenzhen posting mentions keeping development, design, testing and operations teams in step on requirements and goals, and settling conflicts, for example by rescheduling when developers are short.', 273),
    (16554, 16, 5, 'en', 4, 'Customers',
     'Atlassian''s product manager talks with customers to hear what works for them and what challenges their teams face in building great products.', 274),
    (16555, 16, 5, 'en', 5, 'Project managers',
     'In healthy organizations the two roles complement each other: the product manager defines the requirements (the what) and the project manager makes sure the engineering team delivers them (the how).', 275);
-- product-manager / career-path / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16601, 16, 6, 'zh-CN', 1, '职级设置因公司而异',
     'ProductPlan 发现，各公司的职位名称、职责和晋升标准差别很大：有的设助理产品经理和高级产品经理，有的只有一个职位，按职责大小区分。', 279),
    (16602, 16, 6, 'zh-CN', 2, '常见的六个台阶',
     'ProductPlan 归纳的一般路线是：助理产品经理、产品经理、高级产品经理、产品总监、产品副总裁，再到首席产品官。', 279),
    (16603, 16, 6, 'zh-CN', 3, '各阶段大致的经验年限',
     'ICAgile 提到：助理产品经理通常要求 0 到 2 年经验，产品经理 2 到 5 年，高级产品经理一般需要 5 到 8 年的行业经验。', 280),
    (16604, 16, 6, 'zh-CN', 4, '带领多名产品经理',
     '在 Product-Led Alliance 列出的路线中，组产品经理负责带领多名产品经理和更大的产品组合，产品管理总监则负责一个领域或多条产品线的策略。', 270),
    (16605, 16, 6, 'zh-CN', 5, 'B端产品经理的一条职级路径',
     '《B端产品方法论》列出一条常见路径供参考：产品助理、产品经理、高级产品经理、资深产品经理、资深高级产品经理，最后是产品专家；正常情况下逐级晋升。', 281);
-- product-manager / career-path / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (16651, 16, 6, 'en', 1, 'Ladders differ between companies',
     'ProductPlan found wide variation in titles, responsibilities and promotion criteria: some product teams have associate and senior product managers, while others have a single role with varying levels of responsibility.', 279),
    (16652, 16, 6, 'en', 2, 'Six common steps',
     'ProductPlan''s general path runs from associate product manager to product manager, senior product manager, director of product, VP of product and chief product officer.', 279),
    (16653, 16, 6, 'en', 3, 'Rough years of experience at each stage',
     'ICAgile says associate product manager roles usually call for 0 to 2 years of experience, product manager roles 2 to 5 years, and senior product manager roles typically 5 to 8 years in the industry.', 280),
    (16654, 16, 6, 'en', 4, 'Leading other product managers',
     'In Product-Led Alliance''s ladder, a lead or group product manager oversees several product managers and a broader portfolio, and a director of product management leads strategy for a domain or several product lines.', 270),
    (16655, 16, 6, 'en', 5, 'One ladder for B2B product managers',
     'B端产品方法论 offers one common path for reference: product assistant, product manager, senior product manager, experienced product manager (资深产品经理), experienced senior product manager and finally product expert, normally climbed one level at a time.', 281);
-- management-consultant / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17101, 17, 1, 'zh-CN', 1, '收集和整理信息',
     '围绕组织面临的问题或现行流程，收集并整理相关信息。', 1010),
    (17102, 17, 1, 'zh-CN', 2, '分析数据，提出解决方案',
     '分析收集到的数据，提出解决办法或其他可行的做法。', 1010),
    (17103, 17, 1, 'zh-CN', 3, '记录发现，提出实施建议',
     '把研究结果写成文件，并就新制度、新流程或组织调整提出实施建议。', 1010),
    (17104, 17, 1, 'zh-CN', 4, '规划研究',
     '针对成本分析、库存控制、信息流、沟通或组织变革等工作问题和流程，规划研究方案。', 1010),
    (17105, 17, 1, 'zh-CN', 5, '跟进新制度的运行',
     '新制度或新流程实施后，与相关人员沟通，确保运行顺利。', 1010),
    (17106, 17, 1, 'zh-CN', 6, '改进表单和报告',
     '设计、评估、推荐并批准表单和报告的修改。', 1010);
-- management-consultant / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17151, 17, 1, 'en', 1, 'Gathers and organizes information',
     'Information on the organization''s problems or procedures is collected and put in order.', 1010),
    (17152, 17, 1, 'en', 2, 'Analyzes data and proposes solutions',
     'The data gathered is analyzed to work out solutions or other ways forward.', 1010),
    (17153, 17, 1, 'en', 3, 'Documents findings and recommends changes',
     'Study findings are written up, together with recommendations for bringing in new systems, new procedures or changes to the organization.', 1010),
    (17154, 17, 1, 'en', 4, 'Plans the study',
     'The consultant plans how to study work problems and procedures, on topics such as cost analysis, inventory control, information flow, communications or organizational change.', 1010),
    (17155, 17, 1, 'en', 5, 'Follows up on new systems',
     'Once a new system or procedure is in place, the consultant checks with the people concerned that it is working as intended.', 1010),
    (17156, 17, 1, 'en', 6, 'Improves forms and reports',
     'Changes to forms and reports are designed, evaluated, recommended and approved.', 1010);
-- management-consultant / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17201, 17, 2, 'zh-CN', 1, '访谈员工，现场观察',
     '通过访谈和现场观察，弄清各部门的职能、工作内容以及所用的方法、设备和人员。', 1010),
    (17202, 17, 2, 'zh-CN', 2, '审阅表单和报告',
     '与管理层和使用者一起审阅表单和报告，讨论其格式、分发和用途，找出问题和改进点。', 1010),
    (17203, 17, 2, 'zh-CN', 3, '编写手册，培训员工',
     '按照组织的政策编写手册，并培训员工使用新的表单、报告、流程或设备。', 1010),
    (17204, 17, 2, 'zh-CN', 4, '前期调研和项目建议书',
     '一份管理咨询顾问的岗位说明列出：收集项目信息、做前期调研、起草项目建议书并参与项目洽谈。', 285),
    (17205, 17, 2, 'zh-CN', 5, '撰写诊断报告',
     '开展宏观、行业和企业内部资源分析，据此撰写诊断报告，并随项目推进提出整体或专项解决方案框架。', 285),
    (17206, 17, 2, 'zh-CN', 6, '向客户汇报，指导落地',
     '就诊断报告和咨询成果与客户沟通并做演示，让客户清楚理解，再指导客户实施方案、取得效果。', 285);
-- management-consultant / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17251, 17, 2, 'en', 1, 'Interviews staff and observes on site',
     'Through interviews and on-site observation, the consultant learns what each unit does and the methods, equipment and people it relies on.', 1010),
    (17252, 17, 2, 'en', 2, 'Reviews forms and reports',
     'Forms and reports are reviewed with management and the people who use them, looking at format, distribution and purpose to spot problems and improvements.', 1010),
    (17253, 17, 2, 'en', 3, 'Writes manuals and trains staff',
     'Manuals are prepared, and workers are trained on new forms, reports, procedures or equipment in line with organizational policy.', 1010),
    (17254, 17, 2, 'en', 4, 'Pre-project research and proposals',
     'One job description for a management consultant lists collecting project information, doing pre-project research, drafting the project proposal and taking part in negotiations.', 285),
    (17255, 17, 2, 'en', 5, 'Writes the diagnosis report',
     'Macro, industry and internal resource analysis feeds a diagnosis report, and as the project moves on the consultant sets out an overall or specific solution framework.', 285),
    (17256, 17, 2, 'en', 6, 'Presents to the client and guides implementation',
     'Reports and results are discussed with the client and presented so that they are clearly understood, and the client is then guided in putting the plan into practice.', 285);
-- management-consultant / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17301, 17, 3, 'zh-CN', 1, '理解、思考和倾听',
     'O*NET 的技能评分中，阅读理解、批判性思维和主动倾听最高；写作、口头表达、判断与决策和复杂问题解决紧随其后。', 1010),
    (17302, 17, 3, 'zh-CN', 2, '管理和客户服务知识',
     '知识方面，英语语言的评分最高，其次是行政与管理、客户与个人服务。', 1010),
    (17303, 17, 3, 'zh-CN', 3, '数据分析和演示工具',
     'O*NET 标出的需求较多的工具包括 Excel、PowerPoint、Visio、Power BI、Tableau、SQL 和 Python。', 1010),
    (17304, 17, 3, 'zh-CN', 4, '分析能力和与人相处',
     'Vault 在 2011 年引述 BLS 的说法：这份工作需要分析能力、与各种人相处的能力、出色的口头和书面沟通能力、良好的判断力和时间管理能力。', 287),
    (17305, 17, 3, 'zh-CN', 5, '自我驱动，经常出差',
     '同一段引述提到，管理分析师常在很少监督的情况下工作，需要自我激励、自律；由于要花大量时间和客户在一起，出差也很频繁。', 287);
-- management-consultant / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17351, 17, 3, 'en', 1, 'Reading, thinking and listening',
     'In O*NET''s skill ratings for the occupation, reading comprehension, critical thinking and active listening score highest, with writing, speaking, judgment and decision making, and complex problem solving close behind.', 1010),
    (17352, 17, 3, 'en', 2, 'Management and customer service knowledge',
     'Among knowledge areas, O*NET rates English language highest, followed by administration and management and by customer and personal service.', 1010),
    (17353, 17, 3, 'en', 3, 'Data and presentation tools',
     'Tools O*NET marks as in demand for the occupation include Excel, PowerPoint, Visio, Power BI, Tableau, SQL and Python.', 1010),
    (17354, 17, 3, 'en', 4, 'Analysis and getting along with people',
     'Quoting BLS in 2011, Vault listed analytical skills, the ability to get along with a wide range of people, strong oral and written communication, good judgment and time management.', 287),
    (17355, 17, 3, 'en', 5, 'Self-motivated and ready to travel',
     'The same BLS text says management analysts often work with minimal supervision, so they need to be self-motivated and disciplined, and they travel frequently because much of their time is spent with clients.', 287);
-- management-consultant / kpis / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17401, 17, 4, 'zh-CN', 1, '利用率：可计费工时的占比',
     'Bizfluent 指出，利用率是咨询公司极其重要的指标：一段时间内向客户计费的工时除以员工全部可用工时，可以按整个公司计算，也可以按每个人计算。', 288),
    (17402, 17, 4, 'zh-CN', 2, '合伙人的利用率可以更低',
     '高级合伙人的最佳利用率可能低于初级员工，因为他们要花时间开拓新客户和做战略规划。', 288),
    (17403, 17, 4, 'zh-CN', 3, '初级顾问的可计费比例',
     'Consultancy.eu 提到，年轻顾问的可计费比例（declarability）通常在 80% 以上，其余时间用于各种培训和发展项目。', 290),
    (17404, 17, 4, 'zh-CN', 4, '影响薪酬和晋升',
     '在按小时向客户收费的专业服务公司，利用率是评价员工经济贡献的常用指标，并且常常在薪酬和晋升决定中占很大分量。', 289),
    (17405, 17, 4, 'zh-CN', 5, '考核中的常见困惑',
     '红海云的一篇文章列出咨询公司常见的困惑：只看项目收入和计费工时，会不会助长短视、削弱知识沉淀和人才培养；绩效评定高度依赖合伙人的印象，又该如何避免偏颇。', 291),
    (17406, 17, 4, 'zh-CN', 6, '合伙人看重的结果指标',
     '另一篇文章描述了不少咨询公司绩效改革中的情形：合伙人强调用结果说话，项目毛利率、客户续约率和销售拓展是核心指标。', 292);
-- management-consultant / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17451, 17, 4, 'en', 1, 'Utilization: the share of billable hours',
     'Bizfluent calls utilization an extremely important measure for consulting firms: billable hours in a period divided by all the hours staff have available, computed for the firm as a whole or for each person.', 288),
    (17452, 17, 4, 'en', 2, 'Partners may bill a smaller share',
     'Senior partners'' best utilization may be lower than that of junior staff, because part of their time goes to winning new clients and to strategic planning.', 288),
    (17453, 17, 4, 'en', 3, 'How much of a junior''s time is billable',
     'Consultancy.eu says young advisors typically have a declarability (the billable share of their time) of 80% or more, with the rest going to training and development programs.', 290),
    (17454, 17, 4, 'en', 4, 'It weighs on pay and promotion',
     'In professional services firms that bill clients by the hour, utilization is a common way to judge each person''s economic contribution, and it frequently weighs heavily in pay and promotion decisions.', 289),
    (17455, 17, 4, 'en', 5, 'Common worries about measuring consultants',
     'An article on consulting firms (红海云) lists common worries: whether judging people only on project revenue and billable hours encourages short-term behavior at the expense of building knowledge and developing people, and how to keep ratings from resting too heavily on partners'' impressions.', 291),
    (17456, 17, 4, 'en', 6, 'Results that partners look at',
     'Another article describes a common scene in consulting firms'' performance reviews: partners stress results, with project gross margin, client renewal rate and winning new business as the core measures.', 292);
-- management-consultant / works-with / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17501, 17, 5, 'zh-CN', 1, '被研究组织的管理者和员工',
     '通过访谈和现场观察，与组织中各部门的人直接打交道。', 1010),
    (17502, 17, 5, 'zh-CN', 2, '受新制度影响的员工',
     '新制度或新流程实施后，要与相关人员沟通，并培训员工使用新的表单、流程或设备。', 1010),
    (17503, 17, 5, 'zh-CN', 3, '咨询团队，或组织的管理者',
     '按 BLS 手册的说法，有的项目需要由各有专长的顾问组成团队，有的项目则由顾问独自与组织的管理者合作。', 286),
    (17504, 17, 5, 'zh-CN', 4, '委托咨询的公司',
     '同一文本提到，企业聘请顾问时，先向多家咨询公司征集方案，方案包括预估的成本和范围、人员配置、过往客户的推荐和完成期限，再选定最合适的一家。', 286),
    (17505, 17, 5, 'zh-CN', 5, '公司内部各层级的同事',
     '咨询公司通常设有合伙人、项目经理、咨询顾问、研究员和分析师等角色；咨询顾问要向客户汇报和解释方案，并协助项目经理管理和执行项目。', 296);
-- management-consultant / works-with / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17551, 17, 5, 'en', 1, 'Managers and staff of the organization',
     'Interviews and on-site observation put the consultant in direct contact with people across the organization''s units.', 1010),
    (17552, 17, 5, 'en', 2, 'Staff affected by new systems',
     'After a change, the consultant confers with the people involved and trains workers on the new forms, procedures or equipment.', 1010),
    (17553, 17, 5, 'en', 3, 'A consulting team, or the organization''s managers',
     'According to the BLS handbook text, some projects need a team of consultants who each specialize in one area, while on others a consultant works independently with the organization''s managers.', 286),
    (17554, 17, 5, 'en', 4, 'The company that hires the firm',
     'The same text explains that a company looking for a consultant first asks several consulting firms for proposals, covering estimated cost and scope, staffing, references from past clients and a deadline, and then picks the one that best suits its needs.', 286),
    (17555, 17, 5, 'en', 5, 'Colleagues at every level of the firm',
     'A consulting firm usually has partners, project managers, consultants, researchers and analysts; consultants report to clients and explain proposals, and help the project manager run and deliver the project.', 296);
-- management-consultant / career-path / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17601, 17, 6, 'zh-CN', 1, '从分析师起步',
     '在多数较大的咨询公司，应届毕业生通常从分析师、业务分析师或初级顾问做起，负责研究、收集数据，以及分析行业、市场和公司。', 290),
    (17602, 17, 6, 'zh-CN', 2, '两到五年后升任顾问',
     '分析师通常在两到五年后升为顾问；在相近领域有经验或有 MBA 学历的人，也可以直接从顾问做起。', 290),
    (17603, 17, 6, 'zh-CN', 3, '到最高层要经过五到七级',
     'Consultancy.eu 指出，各公司的晋升路径不尽相同，但顾问一般要经过至少五到七个职级，才能进入最高层。', 290),
    (17604, 17, 6, 'zh-CN', 4, '一条常见的职级阶梯',
     '一位在“四大”做了十年管理咨询的作者列出的典型层级是：业务分析师、顾问、高级顾问、经理、高级经理或副总监，最后是合伙人或董事总经理。', 293),
    (17605, 17, 6, 'zh-CN', 5, '最快约 13 年做到合伙人',
     '一篇介绍咨询行业的文章说，从最低的分析师到最高的合伙人，最快大约 13 年；能否晋升主要看个人是否优秀，而不是有没有空缺。', 294),
    (17606, 17, 6, 'zh-CN', 6, '咨询公司的“项目经理”是内部职级',
     '在咨询团队常见的金字塔结构里，项目经理（Engagement Manager）一般需要 8 到 12 年经验，负责日常项目管理、团队协调、交付质量控制和客户的日常沟通。', 297),
    (17607, 17, 6, 'zh-CN', 7, 'CMC 认证',
     '注册管理咨询师（CMC）由 49 个以上国家的管理咨询协会按共同标准认证，在一国取得的 CMC 可以在其他国家得到认可。', 295);
-- management-consultant / career-path / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (17651, 17, 6, 'en', 1, 'Starting as an analyst',
     'At most larger firms, new graduates usually start as analyst, business analyst or junior consultant, doing research, collecting data and analyzing sectors, markets and companies.', 290),
    (17652, 17, 6, 'en', 2, 'Consultant after two to five years',
     'Analysts usually move up to consultant after two to five years, and people with experience in a similar field or an MBA can also join at this level.', 290),
    (17653, 17, 6, 'en', 3, 'Five to seven ranks before the top',
     'Consultancy.eu notes that career paths take different shapes at different firms, but advisors generally pass through at least five to seven ranks before reaching the top tier.', 290),
    (17654, 17, 6, 'en', 4, 'A common ladder',
     'A writer with ten years in Big 4 management consulting gives the typical ranks as business analyst, consultant, senior consultant, manager, senior manager or associate director, and partner or managing director.', 293),
    (17655, 17, 6, 'en', 5, 'Partner in about 13 years at the fastest',
     'An introduction to the consulting industry says the climb from analyst to partner takes about 13 years at the fastest, and that promotion depends mainly on performance rather than on whether a vacancy opens.', 294),
    (17656, 17, 6, 'en', 6, 'The consulting firm''s own project manager rank',
     'In the pyramid many consulting teams use, the project manager (engagement manager) usually has 8 to 12 years of experience and handles day-to-day project management, team coordination, delivery quality and routine client contact.', 297),
    (17657, 17, 6, 'en', 7, 'The CMC designation',
     'The Certified Management Consultant (CMC) designation is awarded to common standards by national institutes of management consulting in more than 49 countries, so a CMC earned in one country can be recognized in another.', 295);

-- Sources listed at the foot of each role page, in order
insert into role_source (role_id, source_id, position) values
    (14, 1016, 1),
    (14, 250, 2),
    (14, 251, 3),
    (14, 252, 4),
    (14, 253, 5),
    (14, 254, 6),
    (14, 255, 7),
    (14, 256, 8),
    (14, 257, 9),
    (14, 258, 10),
    (15, 1007, 1),
    (15, 259, 2),
    (15, 260, 3),
    (15, 261, 4),
    (15, 262, 5),
    (15, 263, 6),
    (15, 264, 7),
    (15, 265, 8),
    (15, 266, 9),
    (15, 267, 10),
    (15, 268, 11),
    (16, 1000, 1),
    (16, 269, 2),
    (16, 270, 3),
    (16, 271, 4),
    (16, 272, 5),
    (16, 273, 6),
    (16, 274, 7),
    (16, 275, 8),
    (16, 276, 9),
    (16, 277, 10),
    (16, 278, 11),
    (16, 279, 12),
    (16, 280, 13),
    (16, 281, 14),
    (17, 1010, 1),
    (17, 285, 2),
    (17, 286, 3),
    (17, 287, 4),
    (17, 288, 5),
    (17, 289, 6),
    (17, 290, 7),
    (17, 291, 8),
    (17, 292, 9),
    (17, 293, 10),
    (17, 294, 11),
    (17, 295, 12),
    (17, 296, 13),
    (17, 297, 14),
    (17, 298, 15);

-- Comparison 5: product-manager (sorts first) vs project-manager; responsibilities differ most.
insert into comparison (id, role_a_id, role_b_id, key_dimension_id, reviewed_on) values
    (5, 16, 2, 1, DATE '2026-11-28');

insert into comparison_text (comparison_id, locale, summary, key_difference) values
    (5, 'zh-CN',
     '产品经理和项目经理常被混为一谈，但两者回答的是不同的问题。产品经理决定做什么、为什么做，对产品在整个生命周期里的成败负责；项目经理负责怎么做、何时完成，把一个范围明确的项目按时、按预算交付。',
     '两者差别最大的是职能职责：产品经理要找准该做的东西，对产品的价值和市场表现负责；项目经理要把已经定下的工作按时、按预算完成，对交付结果负责。'),
    (5, 'en',
     'Product managers and project managers are often confused, but they answer different questions. The product manager decides what to build and why, and answers for the product''s success over its whole lifecycle; the project manager works out how and when, and delivers a defined project on time and within budget.',
     'The biggest gap is in responsibilities: the product manager is accountable for choosing the right thing to build and for its value in the market, while the project manager is accountable for getting agreed work done on time and within budget.');

-- comparison 5 / KEY_DIFFERENCE / zh-CN
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (5101, 5, 'KEY_DIFFERENCE', 'zh-CN', 1, '产品经理：做什么、为什么做',
     '产品经理代表用户，依据用户需求和业务目标决定开发哪些功能，目标是做出对的产品。', 275),
    (5102, 5, 'KEY_DIFFERENCE', 'zh-CN', 2, '项目经理：怎么做、何时完成',
     '项目经理代表交付，确保团队按时、按预算完成工作，目标是把产品做对。', 275),
    (5103, 5, 'KEY_DIFFERENCE', 'zh-CN', 3, '产品长期存在，项目有始有终',
     '产品是提供给客户的商品或服务；项目是一组需要计划的任务，有确定的工期、开始和结束日期，以及相应的成本或预算。', 282),
    (5104, 5, 'KEY_DIFFERENCE', 'zh-CN', 4, '一个求产品对路，一个求计划落实',
     '产品经理要确保产品的研究、愿景和体验是客户看重并愿意购买的，而且商业模式成立；项目经理要确保项目人手充足、计划周密，能按时在预算内完成，并及时发现和处理进度上的闪失。', 282),
    (5105, 5, 'KEY_DIFFERENCE', 'zh-CN', 5, '项目经理对项目全生命周期负责',
     '项目经理的职责贯穿项目的启动、计划、执行、监控和收尾各个阶段。', 1);
-- comparison 5 / KEY_DIFFERENCE / en
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (5151, 5, 'KEY_DIFFERENCE', 'en', 1, 'Product manager: what and why',
     'The product manager represents the user and decides which features to build based on user needs and business goals; the aim is to build the right product.', 275),
    (5152, 5, 'KEY_DIFFERENCE', 'en', 2, 'Project manager: how and when',
     'The project manager represents delivery and makes sure the team finishes on time and on budget; the aim is to build the product right.', 275),
    (5153, 5, 'KEY_DIFFERENCE', 'en', 3, 'A product lasts; a project ends',
     'A product is a good or service offered to customers; a project is a planned set of tasks with a set duration, a start date, an end date and a cost or budget.', 282),
    (5154, 5, 'KEY_DIFFERENCE', 'en', 4, 'A product that sells versus a plan that holds',
     'The product manager makes sure the research, vision and experience behind the product are something customers will value and buy, and that it has a valid business model; the project manager makes sure the project is properly staffed, with a detailed plan to finish on time and within budget, and that any slippage is noticed and dealt with.', 282),
    (5155, 5, 'KEY_DIFFERENCE', 'en', 5, 'The project manager owns the project from start to finish',
     'The project manager''s responsibility runs through initiation, planning, execution, monitoring and closing.', 1);
-- comparison 5 / CONCLUSION / zh-CN
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (5201, 5, 'CONCLUSION', 'zh-CN', 1, '看你更喜欢哪一类问题',
     '我们的建议：喜欢研究用户和市场、能在范围、期限和预算往往都没有定下来的情况下为投资回报做决定的人，更适合做产品经理；擅长在既定目标、期限和资源内把事情办成的人，更适合做项目经理。这一建议依据 Sarah McCasland 对两个角色的概括。', 284),
    (5202, 5, 'CONCLUSION', 'zh-CN', 2, '小公司可能没有项目经理',
     '在较小的公司里可能没有项目经理，由产品经理兼顾团队的进度。', 282),
    (5203, 5, 'CONCLUSION', 'zh-CN', 3, '探索阶段不必急着配项目经理',
     '在产品设计初期或验证想法时，团队还不知道要做出什么产品，按时按预算管理开发意义不大，此时的重点是学习和试验。', 282),
    (5204, 5, 'CONCLUSION', 'zh-CN', 4, '敏捷团队内部通常不设项目管理职能',
     '采用 Scrum 或看板的敏捷团队内部通常没有项目管理职能，项目经理可能设在公司更高的层级。', 282),
    (5205, 5, 'CONCLUSION', 'zh-CN', 5, '越复杂，越该分设两人',
     '我们的建议：公司越大、依赖关系越复杂，越应该由不同的人分别担任这两个角色；这也是 acottrell.com 作者的看法。', 283),
    (5206, 5, 'CONCLUSION', 'zh-CN', 6, '各用各的指标考核',
     '我们的建议：考核产品经理看投资回报率、用户采用率和净推荐值，考核项目经理看是否按时、按预算、按范围完成，两套指标不要混用。这一建议依据 Edworking 的对比表。', 275);
-- comparison 5 / CONCLUSION / en
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (5251, 5, 'CONCLUSION', 'en', 1, 'Choose by the kind of problem you enjoy',
     'Our suggestion: people who like studying users and markets and can make decisions for return on investment when scope, timing and budget are usually undefined suit product management; people who are good at reaching a defined goal within a set timeframe and resources suit project management. This rests on Sarah McCasland''s summary of the two roles.', 284),
    (5252, 5, 'CONCLUSION', 'en', 2, 'Small companies may have no project manager',
     'In smaller companies there may be no project manager, and the product manager keeps an eye on the team''s progress.', 282),
    (5253, 5, 'CONCLUSION', 'en', 3, 'Exploration does not need a project manager yet',
     'Early in design, or while an idea is still being tested, the team does not yet know what product to build, so managing a release to a date and budget makes little sense; the focus is on learning and experimenting.', 282),
    (5254, 5, 'CONCLUSION', 'en', 4, 'Agile teams usually have no project management function',
     'Agile teams using Scrum or Kanban typically have no project management function inside the team, though there may be project managers higher up in the organization.', 282),
    (5255, 5, 'CONCLUSION', 'en', 5, 'The more complex the work, the more it pays to split the roles',
     'Our suggestion, in line with the author of acottrell.com: as complexity and dependencies grow, as in a bigger company, it helps everyone to have different people in the two roles.', 283),
    (5256, 5, 'CONCLUSION', 'en', 6, 'Measure each on its own terms',
     'Our suggestion: judge the product manager on ROI, user adoption and NPS and the project manager on time, budget and scope, and keep the two sets apart. This rests on Edworking''s comparison.', 275);

insert into comparison_source (comparison_id, source_id, position) values
    (5, 275, 1),
    (5, 282, 2),
    (5, 1, 3),
    (5, 284, 4),
    (5, 283, 5),
    (5, 278, 6),
    (5, 252, 7);

-- FAQ for comparison 5
insert into faq_entry (id, comparison_id, anchor, position) values
    (51, 5, 'pdm-pm-one-line', 1),
    (52, 5, 'pdm-pm-metrics', 2),
    (53, 5, 'pdm-pm-one-person', 3),
    (54, 5, 'pdm-pm-agile', 4);

insert into faq_text (faq_id, locale, question, answer) values
    (51, 'zh-CN', '一句话说清产品经理和项目经理的区别？',
     '按 Edworking 的概括：产品经理决定做什么，项目经理想办法把它做出来。前者负责“做什么”和“为什么做”，后者负责“怎么做”和“何时完成”。'),
    (51, 'en', 'What is the difference in one sentence?',
     'In Edworking''s words, the product manager decides what to build and the project manager works out how to build it: one owns the what and the why, the other the how and the when.'),
    (52, 'zh-CN', '两者分别看什么指标？',
     'Edworking 的对比表把项目经理的成功标准列为按时间、按预算、按范围完成，把产品经理的列为投资回报率、用户采用率和净推荐值。PingCode 的文章也有类似说法：产品经理追求市场成功，项目经理追求交付成功。'),
    (52, 'en', 'How is each one measured?',
     'Edworking''s comparison lists the project manager''s measures of success as meeting time, budget and scope, and the product manager''s as ROI, user adoption and NPS. A PingCode article puts it in similar terms: product managers pursue market success, project managers delivery success.'),
    (53, 'zh-CN', '一个人能同时做两份工作吗？',
     '在小公司可能出现这种情况：OpenClassrooms 提到，较小的公司可能不设项目经理，由产品经理兼顾团队进度。但 acottrell.com 的作者认为，随着复杂度和依赖关系增加，比如在大一些的公司里，由不同的人分别担任这两个角色对各方都有好处。'),
    (53, 'en', 'Can one person do both jobs?',
     'It can happen in small companies: OpenClassrooms notes that smaller companies may have no project manager, leaving the product manager to keep an eye on the team''s progress. The author of acottrell.com argues, though, that as complexity and dependencies grow, as in a bigger company, it helps everyone to have different people in the two roles.'),
    (54, 'zh-CN', '敏捷团队还需要项目经理吗？',
     'OpenClassrooms 指出，采用 Scrum 或看板的敏捷团队内部通常没有项目管理职能，但公司更高层级可能设有项目经理。Toptal 的文章也提到，产品负责人和 Scrum Master 等敏捷角色接过了一些传统上由项目经理承担的工作。'),
    (54, 'en', 'Does an agile team still need a project manager?',
     'OpenClassrooms notes that agile teams using Scrum or Kanban typically have no project management function inside the team, though there may be project managers higher up in the organization. A Toptal article adds that agile roles such as product owner and scrum master have taken over some duties that project managers traditionally carried.');

insert into faq_source (faq_id, source_id, position) values
    (51, 275, 1),
    (52, 275, 1),
    (52, 278, 2),
    (53, 282, 1),
    (53, 283, 2),
    (54, 282, 1),
    (54, 252, 2);

update content_revision set revision = revision + 1, changed_at = current_timestamp where id = 1;
