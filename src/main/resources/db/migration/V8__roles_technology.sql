-- RoleCompare: the analysis-technology roles (data analyst, systems analyst, software developer) and the
-- training specialist, in zh-CN and en. Every sentence written for this site; tasks, skills and titles from
-- the O*NET 29.3 database (source rows 1011-1017 of V2), the rest from the pages listed below.
-- role_point ids: role_id * 1000 + dimension_id * 100 + (0 for zh-CN, 50 for en) + position.
-- role_fact ids: role_id * 1000 + 900 + n.

-- Sources (ids 300-349 belong to this file)
insert into source (id, source_key, title, publisher, url, published_year, accessed_on) values
    (300, 'bls-ooh-computer-systems-analysts', 'Computer Systems Analysts', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook', 'https://stats.bls.gov/ooh/computer-and-information-technology/computer-systems-analysts.htm', NULL, DATE '2026-11-28'),
    (301, 'upbreeze-computer-systems-analysts', 'Computer Systems Analysts', 'Upbreeze (reproduces Occupational Outlook Handbook text)', 'https://www.upbreeze.com/jobs-and-internships/more/occupation/Computer-Systems-Analysts', NULL, DATE '2026-11-28'),
    (303, 'qiquha-374959', '系统分析师的岗位职责考试情况以及任职条件是什么', 'qiquha.com', 'http://qiquha.com/html/201912/374959.html', 2024, DATE '2026-11-28'),
    (304, 'iiba-bulgaria-kpis-for-bas', 'KPIs for Business Analysts', 'IIBA Bulgaria Chapter', 'https://sofiabg.iiba.org/news/kpis-business-analysts', NULL, DATE '2026-11-28'),
    (305, 'btg-ba-performance-objectives', 'How to Use Performance Objectives and Measures to Improve Requirements Processes', 'Bridging the Gap (Adriana Beal)', 'https://www.bridging-the-gap.com/using-performance-objectives-and-measures-to-improve-requirements-processes/', NULL, DATE '2026-11-28'),
    (306, 'btg-kpi-for-a-ba', 'How Do I Define a KPI for a Business Analyst?', 'Bridging the Gap', 'https://www.bridging-the-gap.com/kpi-for-a-business-analyst/', NULL, DATE '2026-11-28'),
    (307, 'batoolkit-ba-kpi-template', 'The Definitive Business Analyst KPI Template for Performance Tracking', 'Business Analyst''s Toolkit', 'https://www.businessanalyststoolkit.com/business-analyst-kpi-template/', NULL, DATE '2026-11-28'),
    (308, 'fanruan-516417', '售前售后数据分析人员绩效考核表', '帆软（FanRuan）博客', 'https://www.fanruan.com/blog/article/516417', NULL, DATE '2026-11-28'),
    (309, 'hrsoft-2026012238204', '如何设计科学的数据分析岗位绩效指标', 'hr-soft.cn 行业资讯', 'https://www.hr-soft.cn/info/2026012238204.html', NULL, DATE '2026-11-28'),
    (310, 'harmny-data-analyst-ladder', 'Data Analyst / Scientist career ladder: levels, titles, and criteria', 'Harmny', 'https://harmny.ai/resources/career-ladders/data-analyst', NULL, DATE '2026-11-28'),
    (311, 'shluqu-45022', '成为商业智能（BI）顾问的完整路径', 'shluqu.cn', 'https://shluqu.cn/45022.html', NULL, DATE '2026-11-28'),
    (312, 'hengwangtech-732', '大数据和数据分析有什么区别?', 'hengwangtech.com', 'https://www.hengwangtech.com/dingwei/732.html', 2022, DATE '2026-11-28'),
    (313, 'bls-ooh-software-developers', 'Software Developers, Quality Assurance Analysts, and Testers', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook', 'http://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm', NULL, DATE '2026-11-28'),
    (314, 'scribd-bls-ooh-software-developers-2019', 'Software Developers: How to Become One (Occupational Outlook Handbook, printed 2019-02-14)', 'Scribd (copy of a U.S. Bureau of Labor Statistics page)', 'https://scribd.com/document/748294260/How-to-Become-One', 2019, DATE '2026-11-28'),
    (315, 'google-cloud-four-keys-slides', 'The Four Keys: Measuring DevOps Success', 'Dave Stanke and Dina Graves Portman, Google Cloud (on SlideShare)', 'https://www.slideshare.net/slideshow/the-four-keys-measuring-devops-success/246767613', NULL, DATE '2026-11-28'),
    (316, 'pingcode-748025', '软件研发职称有哪些', 'PingCode 文档中心', 'https://docs.pingcode.com/ask/748025.html', NULL, DATE '2026-11-28'),
    (317, 'fudaoke-3029122', '软件工程师岗位职责与职业路径', 'fudaoke.com', 'https://www.fudaoke.com/exam/3029122.html', NULL, DATE '2026-11-28'),
    (318, 'itangsoft-2008721', '软件开发工程师的等级划分', 'itangsoft.com', 'https://www.itangsoft.com/baike/show-2008721.html', NULL, DATE '2026-11-28'),
    (319, 'bls-ooh-training-development-specialists', 'Training and Development Specialists', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook', 'https://www.bls.gov/ooh/business-and-financial/training-and-development-specialists.htm', NULL, DATE '2026-11-28'),
    (320, 'bls-ooh-training-development-managers', 'Training and Development Managers', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook', 'https://blsmon1.bls.gov/ooh/management/training-and-development-managers.htm', NULL, DATE '2026-11-28'),
    (321, 'cool-cptd', 'Certified Professional in Talent Development (CPTD)', 'Credentialing Opportunities On-Line (COOL), U.S. Navy / Marine Corps', 'https://www.cool.navy.mil/usmc/search/CERT_CPLP4331.htm', NULL, DATE '2026-11-28'),
    (322, 'articulate-kirkpatrick-model', 'E-Learning ABCs: Kirkpatrick Model', 'Articulate (E-Learning Heroes community)', 'https://community.articulate.com/series/e-learning-abcs/articles/kirkpatrick-model', NULL, DATE '2026-11-28'),
    (323, 'renrendoc-505857271', '培训专员工作制度', '人人文库（renrendoc.com，用户上传文档）', 'https://www.renrendoc.com/paper/505857271.html', NULL, DATE '2026-11-28'),
    (324, 'dangtu-68778', '培训运营专员的核心职责与关键能力是什么?', 'rc.dangtu.net.cn', 'https://rc.dangtu.net.cn/article/68778.html', 2025, DATE '2026-11-28'),
    (325, 'zx08-qiye-peixunshi-juese', '企业培训师角色', 'zx08.cn', 'https://www.zx08.cn/t/企业培训师角色.html', NULL, DATE '2026-11-28'),
    (326, 'illinoisworknet-hr-managers', 'Human Resources Managers: Preparation', 'Illinois workNet, Career Information System', 'https://apps.illinoisworknet.com/cis/clusters/OccupationDetails/100405?parentId=110400&section=preparation&sectionTitle=Preparation', NULL, DATE '2026-11-28');

-- Roles (ids, positions and O*NET fields as in the catalog; 15-1252.00 has no skill ratings,
-- so 15-1251.00 Computer Programmers stands in, labeled as such on the page)
insert into role (id, slug, position, family_id, onet_code, onet_match, ratings_code) values
    (18, 'data-analyst', 1, 4, '15-2051.01', 'exact', '15-2051.01'),
    (19, 'systems-analyst', 2, 4, '15-1211.00', 'exact', '15-1211.00'),
    (20, 'software-developer', 3, 4, '15-1252.00', 'exact', '15-1251.00'),
    (21, 'training-specialist', 1, 5, '13-1151.00', 'exact', '13-1151.00');

-- ===================================================================================================
-- 18 data-analyst (O*NET 15-2051.01 Business Intelligence Analysts, source 1017)
-- ===================================================================================================
insert into role_text (role_id, locale, name, description) values
    (18, 'zh-CN', '数据分析师',
     '这里说的数据分析师偏商业智能（BI）方向：把经营、财务和市场数据整理成报表、看板和趋势分析，供管理层决策参考。他们还要搭建和维护这些成果背后的报表工具与数据库，让信息及时送到使用者手中。'),
    (18, 'en', 'Data analyst',
     'A data analyst in the business intelligence sense turns business, financial and market data into reports, dashboards and trend analyses that managers use to make decisions. They also build and look after the reporting tools and databases behind that work, and keep the information flowing to the people who use it.');

insert into role_title (role_id, locale, position, title, source_id) values
    (18, 'zh-CN', 1, 'BI分析师', 311),
    (18, 'zh-CN', 2, 'BI顾问', 311),
    (18, 'en', 1, 'Business Intelligence Analyst (BI Analyst)', 1017),
    (18, 'en', 2, 'Business Intelligence Consultant (BI Consultant)', 1017),
    (18, 'en', 3, 'Market Intelligence Analyst', 1017),
    (18, 'en', 4, 'Competitive Intelligence Analyst', 1017),
    (18, 'en', 5, 'Reporting Analyst', 1017);

-- data-analyst / responsibilities
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (18101, 18, 1, 'zh-CN', 1, '为决策者出具报表',
     '编写标准报表或定制报表，汇总经营、财务或经济数据，供高管、经理、客户和其他相关方审阅。', 1017),
    (18102, 18, 1, 'zh-CN', 2, '维护商业智能工具',
     '负责维护和更新组织所用的商业智能工具、数据库、看板和分析方法。', 1017),
    (18103, 18, 1, 'zh-CN', 3, '让信息及时送达',
     '确保商业智能信息在使用者需要的时候准时送到。', 1017),
    (18104, 18, 1, 'zh-CN', 4, '识别影响战略的趋势',
     '识别并分析行业或地区层面的趋势，判断它们对业务战略意味着什么。', 1017),
    (18105, 18, 1, 'zh-CN', 5, '用数据支撑行动建议',
     '综合最新的商业智能和趋势数据，为行动建议提供依据。', 1017),
    (18106, 18, 1, 'zh-CN', 6, '研判竞争对手与市场',
     '通过分析相关产品、市场和市场份额的变化，研究竞争对手的市场策略。', 1017),
    (18151, 18, 1, 'en', 1, 'Reports for decision-makers',
     'Produces standard and custom reports that sum up business, financial or economic data. Executives, managers, clients and other stakeholders review them.', 1017),
    (18152, 18, 1, 'en', 2, 'Keeping business intelligence tools current',
     'Maintains and updates the business intelligence tools, databases, dashboards and methods the organization uses.', 1017),
    (18153, 18, 1, 'en', 3, 'Information that arrives on time',
     'Makes sure business intelligence reaches the people who use it when they need it.', 1017),
    (18154, 18, 1, 'en', 4, 'Trends that matter for strategy',
     'Identifies and analyzes industry or regional trends and works out what they mean for business strategy.', 1017),
    (18155, 18, 1, 'en', 5, 'Recommendations backed by data',
     'Pulls together current intelligence and trend data to support recommended actions.', 1017),
    (18156, 18, 1, 'en', 6, 'Reading competitors and markets',
     'Studies competitors'' market strategies by analyzing trends in related products, markets and market share.', 1017);

-- data-analyst / daily work
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (18201, 18, 2, 'zh-CN', 1, '从多种渠道收集数据',
     '资料来自行业报告、实地报告、公开信息，以及从外部购买的数据。', 1017),
    (18202, 18, 2, 'zh-CN', 2, '写清报表和看板的需求',
     '写明报表、看板等产出的规格，并编写或审阅技术设计文档，保证报表方案按要求开发。', 1017),
    (18203, 18, 2, 'zh-CN', 3, '搭建工具和数据库',
     '开发商业智能工具或系统，包括设计其背后的数据库和电子表格。', 1017),
    (18204, 18, 2, 'zh-CN', 4, '支持已上线的报表',
     '使用者在已投入使用的报表、看板等工具上遇到技术问题时，由他们提供支持。', 1017),
    (18205, 18, 2, 'zh-CN', 5, '测试产出是否符合需求',
     '执行或协调测试，确认交付的情报与事先确定的需求一致。', 1017),
    (18206, 18, 2, 'zh-CN', 6, '通报改进，积累模板',
     '向使用者通报工具、报表或元数据的改进，并维护一套模板和可复用文档。', 1017),
    (18207, 18, 2, 'zh-CN', 7, '日报、周报、月报',
     'CDA 数据分析研究院对 2018 年 8 月智联招聘上的数据分析职位做过词频分析：日常任务可能包括提交日报、周报、月报和年报等数据报表。', 312),
    (18251, 18, 2, 'en', 1, 'Gathering data from many sources',
     'Draws on industry reports, field reports, public information and data bought from outside providers.', 1017),
    (18252, 18, 2, 'en', 2, 'Specifying reports and dashboards',
     'Documents what a report, dashboard or other output must contain, and writes or reviews technical design documents so reporting solutions are built as intended.', 1017),
    (18253, 18, 2, 'en', 3, 'Building tools and databases',
     'Creates business intelligence tools or systems, including the databases and spreadsheets behind them.', 1017),
    (18254, 18, 2, 'en', 4, 'Supporting reports already in use',
     'Helps users with technical problems in the reports, dashboards and other tools already running.', 1017),
    (18255, 18, 2, 'en', 5, 'Testing outputs against needs',
     'Runs or coordinates tests to confirm that the intelligence delivered matches the needs that were defined.', 1017),
    (18256, 18, 2, 'en', 6, 'Announcing improvements, keeping templates',
     'Tells users about improvements to tools, reports or metadata, and keeps a library of templates and reusable documents.', 1017),
    (18257, 18, 2, 'en', 7, 'Daily, weekly and monthly reports',
     'The CDA Data Analysis Institute ran a word-frequency study of data-analysis job ads on Zhaopin in August 2018: day-to-day duties may include submitting daily, weekly, monthly and annual data reports.', 312);

-- data-analyst / skills
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (18301, 18, 3, 'zh-CN', 1, '阅读理解与批判性思维',
     'O*NET 把阅读理解列为这一职业最重要的技能，其次是批判性思维、主动学习、口头表达和主动倾听。', 1017),
    (18302, 18, 3, 'zh-CN', 2, '书面表达、判断与数学',
     '书面表达、判断与决策以及数学的重要性评分也较高。', 1017),
    (18303, 18, 3, 'zh-CN', 3, '计算机知识居首',
     '知识领域中，计算机与电子的重要性最高，其次是数学和英语语言。', 1017),
    (18304, 18, 3, 'zh-CN', 4, '管理、服务与经济知识',
     '再往后依次是管理与行政、客户与个人服务、经济与会计知识。', 1017),
    (18305, 18, 3, 'zh-CN', 5, 'SQL 与可视化工具',
     'O*NET 为这一职业标注的热门需求技术包括 SQL、Python、R、Tableau、Microsoft Power BI 和 Excel。', 1017),
    (18306, 18, 3, 'zh-CN', 6, '云平台和企业软件',
     '同一份热门需求清单还包括 Amazon Web Services、Microsoft Azure、Oracle Cloud 和 SAP 软件。', 1017),
    (18351, 18, 3, 'en', 1, 'Reading and critical thinking',
     'O*NET rates reading comprehension as the most important skill for this occupation, followed by critical thinking, active learning, speaking and active listening.', 1017),
    (18352, 18, 3, 'en', 2, 'Writing, judgment and math',
     'Writing, judgment and decision making, and mathematics also rank high in importance.', 1017),
    (18353, 18, 3, 'en', 3, 'Computer knowledge comes first',
     'Among knowledge areas, computers and electronics ranks highest, ahead of mathematics and the English language.', 1017),
    (18354, 18, 3, 'en', 4, 'Management, service and economics',
     'Next come administration and management, customer and personal service, and economics and accounting.', 1017),
    (18355, 18, 3, 'en', 5, 'SQL and visualization tools',
     'Technologies O*NET marks as in demand for this occupation include SQL, Python, R, Tableau, Microsoft Power BI and Excel.', 1017),
    (18356, 18, 3, 'en', 6, 'Cloud platforms and enterprise software',
     'The same in-demand list includes Amazon Web Services, Microsoft Azure, Oracle Cloud and SAP software.', 1017);

-- data-analyst / performance metrics
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (18401, 18, 4, 'zh-CN', 1, '数据准确性',
     '一家 BI 厂商为售前、售后数据分析人员设计的考核表，把准确性当作基本要求，建议明确错误率、漏报率等标准并定期审核。这些指标考核的是分析师个人。', 308),
    (18402, 18, 4, 'zh-CN', 2, '报告是否按时',
     '可以为分析报告设定提交时间节点，看能否在规定时间内完成。', 308),
    (18403, 18, 4, 'zh-CN', 3, '项目完成率与工作量',
     '项目完成率看指派的任务是否都按时完成；工作量则评估所承担的任务是否合理、能否高效完成。', 308),
    (18404, 18, 4, 'zh-CN', 4, '分析质量',
     '考察分析的深度和广度，以及所提方案是否可行、有没有新意。', 308),
    (18405, 18, 4, 'zh-CN', 5, '客户满意度',
     '衡量分析人员与客户沟通、理解客户需求的能力。', 308),
    (18406, 18, 4, 'zh-CN', 6, '问题解决效率',
     '看遇到紧急问题时反应有多快、能否解决。', 308),
    (18407, 18, 4, 'zh-CN', 7, '只数报表会走偏',
     '一家人力资源软件厂商指出，只按报表完成次数或加班时长考核，会把数据分析岗当成高级报表文员；指标应当与业务结果挂钩。', 309),
    (18451, 18, 4, 'en', 1, 'Data accuracy',
     'A BI vendor''s appraisal form for analysts who support pre-sales and after-sales work treats accuracy as the basic requirement and suggests setting standards for error and omission rates and reviewing them regularly. These metrics measure the individual analyst.', 308),
    (18452, 18, 4, 'en', 2, 'Reports on time',
     'Timeliness can be checked against deadlines set for submitting analysis reports.', 308),
    (18453, 18, 4, 'en', 3, 'Completion rate and workload',
     'Project completion rate shows whether all assigned tasks are finished on time; workload is reviewed to see whether the tasks assigned are reasonable and handled efficiently.', 308),
    (18454, 18, 4, 'en', 4, 'Quality of the analysis',
     'The depth and breadth of the analysis count, and so does whether the proposed solutions are workable and new.', 308),
    (18455, 18, 4, 'en', 5, 'Customer satisfaction',
     'Measures how well the analyst communicates with customers and understands what they need.', 308),
    (18456, 18, 4, 'en', 6, 'Speed on urgent problems',
     'Problem-solving efficiency looks at how fast the analyst reacts to urgent issues and whether they get resolved.', 308),
    (18457, 18, 4, 'en', 7, 'Counting reports alone misleads',
     'An HR software vendor warns that judging analysts only by reports finished on time or overtime worked turns the job into report clerking; metrics should connect to business results.', 309);

-- data-analyst / works with
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (18501, 18, 5, 'zh-CN', 1, '高管、经理和客户',
     '他们编写的报表交给高管、经理、客户和其他相关方审阅。', 1017),
    (18502, 18, 5, 'zh-CN', 2, '商业智能的使用者',
     '确保使用者及时拿到信息，并在使用者用报表和看板遇到问题时提供支持。', 1017),
    (18503, 18, 5, 'zh-CN', 3, '外部联系人',
     '为了跟上行业和业务动向，会与客户、竞争对手、供应商、专业组织等保持联系。', 1017),
    (18504, 18, 5, 'zh-CN', 4, '提出问题的业务相关方',
     '在一家人力资源软件厂商的职级模板里，入门级数据分析师负责回答业务相关方提出的明确问题。', 310),
    (18505, 18, 5, 'zh-CN', 5, 'IT、市场和财务部门',
     '一篇国内 BI 职业指南提到，BI 工作通常要与 IT 部门合作保证数据质量，与市场部门配合追踪营销效果，或与财务部门一起优化预算。', 311),
    (18551, 18, 5, 'en', 1, 'Executives, managers and clients',
     'The reports they produce go to executives, managers, clients and other stakeholders for review.', 1017),
    (18552, 18, 5, 'en', 2, 'People who use business intelligence',
     'They make sure users get information on time and help them when the reports and dashboards they rely on give trouble.', 1017),
    (18553, 18, 5, 'en', 3, 'Outside contacts',
     'To keep up with industry and business trends, they stay in touch with customers, competitors, suppliers, professional organizations and others.', 1017),
    (18554, 18, 5, 'en', 4, 'Business stakeholders with questions',
     'In one HR software vendor''s ladder template, an entry-level data analyst answers defined questions from business stakeholders.', 310),
    (18555, 18, 5, 'en', 5, 'IT, marketing and finance',
     'A Chinese guide to BI careers says the work usually means teaming up with IT on data quality, with marketing to track campaign results, or with finance to optimize budgets.', 311);

-- data-analyst / career path
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (18601, 18, 6, 'zh-CN', 1, '入门：回答明确的问题',
     '在一家人力资源软件厂商的职级模板中，数据分析师通常有 0 到 2 年经验，写 SQL、做看板、回答业务方提出的明确问题。模板给出的职称和年限只是典型情况，并非定规。', 310),
    (18602, 18, 6, 'zh-CN', 2, '高级分析师：负责一个业务领域',
     '通常有 2 到 5 年经验，能独立界定分析范围、定义指标，负责某一业务领域的分析。', 310),
    (18603, 18, 6, 'zh-CN', 3, '资深分析师：定标准、带新人',
     '通常有 5 到 8 年经验，为某一领域制定衡量框架和跨团队数据标准，并指导其他分析师。', 310),
    (18604, 18, 6, 'zh-CN', 4, '管理路线',
     '管理序列从分析经理到分析总监，再到数据副总裁。', 310),
    (18605, 18, 6, 'zh-CN', 5, '另一条路：数据科学',
     '同一模板另设数据科学路线，数据科学家主要建立预测模型、开展 A/B 测试。', 310),
    (18606, 18, 6, 'zh-CN', 6, 'BI 分析师常是起点',
     '一篇国内 BI 职业指南称，BI 分析师是进入这一领域最常见的起点。', 311),
    (18651, 18, 6, 'en', 1, 'Entry level: answering defined questions',
     'In one HR software vendor''s ladder template, a data analyst typically has 0 to 2 years of experience, writes SQL queries, builds dashboards and answers defined questions from the business. The titles and years are typical values, not a rule.', 310),
    (18652, 18, 6, 'en', 2, 'Senior analyst: owning a business area',
     'Typically 2 to 5 years in: scopes analyses independently, defines metrics and owns the analytics for one business area.', 310),
    (18653, 18, 6, 'en', 3, 'Lead analyst: standards and mentoring',
     'Typically 5 to 8 years in: sets the measurement framework and cross-team data standards for a domain and mentors other analysts.', 310),
    (18654, 18, 6, 'en', 4, 'The management track',
     'The management track runs from analytics manager to director of analytics and then to vice president of data.', 310),
    (18655, 18, 6, 'en', 5, 'A separate data science track',
     'The same template has a separate data science track, where data scientists build predictive models and run A/B tests.', 310),
    (18656, 18, 6, 'en', 6, 'A common starting point',
     'A Chinese guide to BI careers calls the BI analyst the most common entry point into the field.', 311);

insert into role_source (role_id, source_id, position) values
    (18, 1017, 1),
    (18, 312, 2),
    (18, 308, 3),
    (18, 309, 4),
    (18, 310, 5),
    (18, 311, 6);

-- ===================================================================================================
-- 19 systems-analyst (O*NET 15-1211.00 Computer Systems Analysts, source 1012)
-- ===================================================================================================
insert into role_text (role_id, locale, name, description) values
    (19, 'zh-CN', '系统分析师',
     '系统分析师研究组织现有的计算机系统和工作流程，设计改进方案，把业务需求和信息技术连接起来。工作从分析需求、规划系统开始，一直延伸到测试、排除故障和培训使用者。'),
    (19, 'en', 'Systems analyst',
     'A systems analyst studies how an organization''s computer systems and procedures work and designs improvements, bringing business needs and information technology together. The work runs from analyzing needs and planning systems to testing them, fixing faults and training the people who use them.');

insert into role_title (role_id, locale, position, title, source_id) values
    (19, 'zh-CN', 1, '系统分析员', 303),
    (19, 'zh-CN', 2, 'SA（System Analyst）', 303),
    (19, 'en', 1, 'Computer Systems Analyst', 1012),
    (19, 'en', 2, 'Business Systems Analyst', 1012),
    (19, 'en', 3, 'Information Systems Analyst (ISA)', 1012),
    (19, 'en', 4, 'IT Analyst (Information Technology Analyst)', 1012),
    (19, 'en', 5, 'Programmer Analyst', 1012),
    (19, 'en', 6, 'Applications Analyst', 1012);

-- systems-analyst / responsibilities
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (19101, 19, 1, 'zh-CN', 1, '让系统恢复正常',
     '排查程序和系统故障，直到恢复正常运行。', 1012),
    (19102, 19, 1, 'zh-CN', 2, '帮员工和用户解决问题',
     '协助员工和用户解决计算机方面的问题，例如设备故障和程序错误。', 1012),
    (19103, 19, 1, 'zh-CN', 3, '分析需求，设计系统',
     '分析信息处理需求，规划和设计计算机系统，常用结构化分析、数据建模、信息工程等方法。', 1012),
    (19104, 19, 1, 'zh-CN', 4, '打通组织内的系统',
     '把组织内的各个计算机系统连接起来，让它们相互兼容、共享信息。', 1012),
    (19105, 19, 1, 'zh-CN', 5, '测试和维护系统',
     '对程序和系统进行测试、维护和监控，并协调安装工作。', 1012),
    (19106, 19, 1, 'zh-CN', 6, '与管理层商定系统原则',
     '同管理层商议，确保各方认同系统应当遵循的原则。', 1012),
    (19107, 19, 1, 'zh-CN', 7, '扩展系统用途',
     '扩充或修改系统，让它满足新的用途或改善工作流程。', 1012),
    (19151, 19, 1, 'en', 1, 'Getting systems back to normal',
     'Troubleshoots program and system faults until normal operation resumes.', 1012),
    (19152, 19, 1, 'en', 2, 'Helping staff and users',
     'Helps staff and users solve computer problems such as malfunctions and program errors.', 1012),
    (19153, 19, 1, 'en', 3, 'Analyzing needs, designing systems',
     'Analyzes information-processing needs and plans and designs computer systems, with methods like structured analysis, data modeling or information engineering.', 1012),
    (19154, 19, 1, 'en', 4, 'Linking systems across the organization',
     'Connects the organization''s computer systems so they work together and can share information.', 1012),
    (19155, 19, 1, 'en', 5, 'Testing and maintaining systems',
     'Tests, maintains and monitors programs and systems, and coordinates their installation.', 1012),
    (19156, 19, 1, 'en', 6, 'Agreeing on principles with management',
     'Consults management so that everyone agrees on the principles a system should follow.', 1012),
    (19157, 19, 1, 'en', 7, 'Extending what systems do',
     'Expands or changes systems to serve new purposes or improve workflow.', 1012);

-- systems-analyst / daily work
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (19201, 19, 2, 'zh-CN', 1, '与客户沟通需求',
     '与客户商讨某个程序要解决的信息处理或计算问题。', 1012),
    (19202, 19, 2, 'zh-CN', 2, '确定输入与输出',
     '确定系统读取哪些输入，并规划运行结果如何分发和使用。', 1012),
    (19203, 19, 2, 'zh-CN', 3, '画流程图和示意图',
     '明确系统目标，用流程图和示意图描述程序运行的逻辑步骤。', 1012),
    (19204, 19, 2, 'zh-CN', 4, '选择软件和硬件',
     '确定新建或改造系统所需的软件和硬件，评估现成的应用软件包并让它适应用户环境，并提出采购新设备或软件的建议。', 1012),
    (19205, 19, 2, 'zh-CN', 5, '编写规程和标准',
     '编写并更新系统设计和测试的规程，以及系统必须达到的质量标准。', 1012),
    (19206, 19, 2, 'zh-CN', 6, '培训用户',
     '培训员工和用户使用计算机系统和程序。', 1012),
    (19207, 19, 2, 'zh-CN', 7, '持续学习',
     '阅读技术报告、手册和期刊，学习怎样开发满足员工和用户需求的程序。', 1012),
    (19251, 19, 2, 'en', 1, 'Talking needs through with clients',
     'Confers with clients about the information-processing or computing problem a program is meant to solve.', 1012),
    (19252, 19, 2, 'en', 2, 'Specifying inputs and outputs',
     'Decides what inputs the system will use and plans how its results are distributed and used.', 1012),
    (19253, 19, 2, 'en', 3, 'Flowcharts and diagrams',
     'Sets the goals of the system and draws flowcharts and diagrams of the logical steps programs follow.', 1012),
    (19254, 19, 2, 'en', 4, 'Choosing software and hardware',
     'Works out which software or hardware a new or changed system needs, assesses ready-made application packages and adapts them to users'' environment, and recommends new equipment or software to buy.', 1012),
    (19255, 19, 2, 'en', 5, 'Writing procedures and standards',
     'Writes and updates the procedures for system design and testing, and the quality standards systems must meet.', 1012),
    (19256, 19, 2, 'en', 6, 'Training users',
     'Trains staff and users on computer systems and programs.', 1012),
    (19257, 19, 2, 'en', 7, 'Keeping up with the field',
     'Keeps current by reading technical reports, manuals and periodicals on building programs that meet staff and user requirements.', 1012);

-- systems-analyst / skills
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (19301, 19, 3, 'zh-CN', 1, '口头表达与阅读理解',
     'O*NET 把口头表达列为这一职业最重要的技能，其次是阅读理解。', 1012),
    (19302, 19, 3, 'zh-CN', 2, '系统评估与系统分析',
     '系统评估、系统分析、批判性思维和主动倾听的重要性评分并列其后。', 1012),
    (19303, 19, 3, 'zh-CN', 3, '判断、学习、写作与监控',
     '判断与决策、主动学习的评分也较高，书面表达和监控紧随其后。', 1012),
    (19304, 19, 3, 'zh-CN', 4, '计算机知识最重要',
     '知识领域中，计算机与电子明显领先，其次是客户与个人服务、英语语言。', 1012),
    (19305, 19, 3, 'zh-CN', 5, '数学、管理与培训知识',
     '排在其后的是数学、管理与行政、教育与培训知识。', 1012),
    (19306, 19, 3, 'zh-CN', 6, '热门需求技术',
     'O*NET 为这一职业标注的热门需求技术包括 SQL、Python、Microsoft Excel、Power BI、Visio、SharePoint、Atlassian Jira、ServiceNow 和 SAP 软件。', 1012),
    (19307, 19, 3, 'zh-CN', 7, '会一些编程',
     '按照美国职业展望手册的描述，多数系统分析师在工作中都要写一些代码。', 301),
    (19351, 19, 3, 'en', 1, 'Speaking and reading',
     'O*NET rates speaking as the most important skill for this occupation, followed by reading comprehension.', 1012),
    (19352, 19, 3, 'en', 2, 'Evaluating and analyzing systems',
     'Systems evaluation, systems analysis, critical thinking and active listening share the next place.', 1012),
    (19353, 19, 3, 'en', 3, 'Judgment, learning, writing, monitoring',
     'Judgment and decision making and active learning also rate high, with writing and monitoring close behind.', 1012),
    (19354, 19, 3, 'en', 4, 'Computer knowledge above all',
     'Among knowledge areas, computers and electronics is well ahead, followed by customer and personal service and the English language.', 1012),
    (19355, 19, 3, 'en', 5, 'Math, management and training',
     'Mathematics, administration and management, and education and training come next.', 1012),
    (19356, 19, 3, 'en', 6, 'Technologies in demand',
     'Technologies O*NET marks as in demand for this occupation include SQL, Python, Microsoft Excel, Power BI, Visio, SharePoint, Atlassian Jira, ServiceNow and SAP software.', 1012),
    (19357, 19, 3, 'en', 7, 'Some programming',
     'According to the Occupational Outlook Handbook, most systems analysts write some code as part of the job.', 301);

-- systems-analyst / performance metrics
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (19401, 19, 4, 'zh-CN', 1, 'KPI 要商定、要合身',
     '以下指标来自业务分析领域。国际业务分析协会（IIBA）保加利亚分会 2016 年的研讨会认为，分析师的 KPI 应与相关方商定，与范围和目标相称，分配权重，并适合具体环境：瀑布还是敏捷，做的是哪一层面的分析（系统分析也在其中）。', 304),
    (19402, 19, 4, 'zh-CN', 2, '按时交付合格的需求文档',
     '一些组织为分析工作设定的绩效目标之一，是提高高质量需求文档的按时交付率，让相关方对交付的及时性更满意。', 305),
    (19403, 19, 4, 'zh-CN', 3, '结果指标与过程指标',
     '同一作者建议既衡量结果，如内外部客户满意度、成本降低；也衡量过程，如输入和输出的质量、各个步骤的效率。', 305),
    (19404, 19, 4, 'zh-CN', 4, '需求文档同行评审',
     '有从业者抽取一部分需求（例如 2%），按预先定义的质量标准做同行评审，记录发现的缺陷，观察质量随时间的变化。', 306),
    (19405, 19, 4, 'zh-CN', 5, '常见的指标组合',
     '一份业务分析师 KPI 模板列出的指标包括项目完成率、相关方满意度、需求准确率、上市时间和成本节约。', 307),
    (19451, 19, 4, 'en', 1, 'KPIs agreed and fitted to the setting',
     'The metrics below come from business analysis practice. An IIBA Bulgaria chapter workshop in 2016 concluded that an analyst''s KPIs should be agreed with stakeholders, scaled to scope and goals, weighted, and suited to the setting: waterfall or agile, and the level of analysis, system analysis included.', 304),
    (19452, 19, 4, 'en', 2, 'Quality requirements, delivered on time',
     'One performance objective organizations have adopted for analysis work is to improve on-time delivery of quality requirements documents, so that stakeholders are more satisfied with timeliness.', 305),
    (19453, 19, 4, 'en', 3, 'Outcome and process measures',
     'The same author recommends measuring both outcomes, such as internal and external customer satisfaction and cost reduction, and process, such as the quality of inputs and outputs and the efficiency of each step.', 305),
    (19454, 19, 4, 'en', 4, 'Peer review of requirements',
     'One practitioner has a sample of the requirements (for example 2 percent) peer-reviewed against predefined quality criteria, and tracks the flaws found to see how quality changes over time.', 306),
    (19455, 19, 4, 'en', 5, 'A common set of KPIs',
     'A business analyst KPI template lists project completion rate, stakeholder satisfaction, requirements accuracy, time to market and cost savings.', 307);

-- systems-analyst / works with
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (19501, 19, 5, 'zh-CN', 1, '员工和用户',
     '帮员工和用户解决计算机问题，并培训他们使用系统和程序。', 1012),
    (19502, 19, 5, 'zh-CN', 2, '管理层',
     '与管理层商定系统原则；有时还要测算系统的成本、收益和预期回报，供管理层决定是否实施。', 1012),
    (19503, 19, 5, 'zh-CN', 3, '客户',
     '与客户讨论程序需要满足哪些信息处理需求。', 1012),
    (19504, 19, 5, 'zh-CN', 4, '程序员和工程师',
     '为搭建系统的程序员或工程师准备示意图，系统初步建成后与他们一起解决出现的问题。', 301),
    (19505, 19, 5, 'zh-CN', 5, '业务负责人',
     '与组织的业务负责人密切合作，帮助其他 IT 同事理解计算机系统怎样才能最好地服务组织。', 301),
    (19506, 19, 5, 'zh-CN', 6, '带领程序员和其他分析师',
     '有些系统分析师会督导程序员或其他系统分析师，或担任某个系统项目的负责人。', 1012),
    (19551, 19, 5, 'en', 1, 'Staff and users',
     'They help staff and users with computer problems and train them on systems and programs.', 1012),
    (19552, 19, 5, 'en', 2, 'Management',
     'They agree system principles with management, and may work out the costs, benefits and expected return of a system so managers can decide whether to implement it.', 1012),
    (19553, 19, 5, 'en', 3, 'Clients',
     'They discuss with clients which information-processing needs a program has to meet.', 1012),
    (19554, 19, 5, 'en', 4, 'Programmers and engineers',
     'They prepare diagrams for the programmers or engineers who build the system and work with them on problems that come up after the first setup.', 301),
    (19555, 19, 5, 'en', 5, 'Business leaders',
     'By working closely with the organization''s business leaders, they help other IT team members see how computer systems can best serve the organization.', 301),
    (19556, 19, 5, 'en', 6, 'Leading programmers and other analysts',
     'Some supervise programmers or other systems analysts, or lead particular systems projects.', 1012);

-- systems-analyst / career path
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (19601, 19, 6, 'zh-CN', 1, '学历要求',
     '美国职业展望手册（2018 年数据的版本）指出，计算机或信息科学方向的学士学位很常见，但并非必需；有些公司也招聘掌握信息技术或编程技能的商科、文科毕业生。', 300),
    (19602, 19, 6, 'zh-CN', 2, '有时也叫 IT 项目经理',
     '负责监督 IT 系统从头到尾安装或升级的分析师，可能被称为 IT 项目经理。', 301),
    (19603, 19, 6, 'zh-CN', 3, '迈向 IT 项目经理',
     'Vault 的职业介绍称，IT 项目经理通常不是入门岗位：多数人先在系统分析师等 IT 岗位积累经验，再做基层管理，然后才当上项目经理。', 251),
    (19604, 19, 6, 'zh-CN', 4, '国内的高级资格',
     '在中国，系统分析师是软考（计算机技术与软件专业技术资格（水平）考试）的高级资格，软件设计师为中级；考试由人社部和工信部负责，科目包括《信息系统综合知识》《系统分析设计案例》等。', 303),
    (19605, 19, 6, 'zh-CN', 5, '国内团队中的位置',
     '一篇国内介绍文章把系统分析师描述为软件开发团队的基层管理者，要指导软件设计师和高级程序员，控制开发质量和进度；具体职责随公司制度和项目规模而不同。', 303),
    (19651, 19, 6, 'en', 1, 'Degree expectations',
     'The Occupational Outlook Handbook (the version with 2018 data) says a bachelor''s degree in a computer or information science field is common but not always required; some firms hire business or liberal arts graduates who have IT or programming skills.', 300),
    (19652, 19, 6, 'en', 2, 'Sometimes called IT project managers',
     'Analysts who oversee the installation or upgrade of an IT system from start to finish may be called IT project managers.', 301),
    (19653, 19, 6, 'en', 3, 'A step to IT project manager',
     'Vault describes IT project manager as a job that is usually not entry-level: most people reach it after working as systems analysts or in other IT jobs, and then in lower-level management.', 251),
    (19654, 19, 6, 'en', 4, 'A senior qualification in China',
     'In China, 系统分析师 is a senior-level qualification of 软考, the national computer technical qualification exams run under MOHRSS (the Ministry of Human Resources and Social Security) and MIIT (the Ministry of Industry and Information Technology); software designer is a mid-level one. The papers include information-systems knowledge and systems analysis and design cases.', 303),
    (19655, 19, 6, 'en', 5, 'Where the role sits in Chinese teams',
     'A Chinese overview describes the systems analyst as a first-line manager on a software team who guides software designers and senior programmers and controls the quality and pace of development. The exact duties depend on company rules and project size.', 303);

insert into role_fact (id, role_id, position, source_id) values
    (19901, 19, 1, 300);

insert into role_fact_text (fact_id, locale, body) values
    (19901, 'zh-CN',
     '据美国劳工统计局职业展望手册（我们读到的版本），2018 年 5 月计算机系统分析师的年薪中位数为 88,740 美元；预计 2018 至 2028 年就业增长 9%，快于各职业的平均水平。'),
    (19901, 'en',
     'In the version of the Occupational Outlook Handbook we read, the median annual wage of computer systems analysts was $88,740 in May 2018, and employment was projected to grow 9 percent from 2018 to 2028, faster than the average for all occupations.');

-- it-project-manager (14) comes from V7__roles_projects.sql; selected by slug so that this file also runs
-- where that migration is absent (the link is then skipped).
insert into role_link (role_id, other_role_id, kind, position, source_id)
    select 19, r.id, 'next_step', 1, 251 from role r where r.slug = 'it-project-manager';

insert into role_source (role_id, source_id, position) values
    (19, 1012, 1),
    (19, 301, 2),
    (19, 304, 3),
    (19, 305, 4),
    (19, 306, 5),
    (19, 307, 6),
    (19, 300, 7),
    (19, 251, 8),
    (19, 303, 9);

-- ===================================================================================================
-- 20 software-developer (O*NET 15-1252.00 Software Developers, source 1015; tasks carry no core or
-- supplemental mark, and the occupation has no skill or knowledge ratings)
-- ===================================================================================================
insert into role_text (role_id, locale, name, description) values
    (20, 'zh-CN', '软件开发工程师',
     '软件开发工程师从用户需求以及时间、成本的约束出发，设计、构建和修改软件系统。他们还要测试软件、编写文档，修复和升级已有软件，并与分析师、工程师、程序员以及软件的使用方合作。'),
    (20, 'en', 'Software developer',
     'A software developer designs, builds and modifies software systems, starting from what users need and what time and budget allow. Developers also test and document their work, fix and upgrade existing software, and work with analysts, engineers, programmers and the customers the software is for.');

insert into role_title (role_id, locale, position, title, source_id) values
    (20, 'zh-CN', 1, '软件工程师', 316),
    (20, 'zh-CN', 2, '开发工程师', 318),
    (20, 'en', 1, 'Software Engineer', 1015),
    (20, 'en', 2, 'Software Development Engineer', 1015),
    (20, 'en', 3, 'Application Developer', 1015),
    (20, 'en', 4, 'Developer', 1015);

-- software-developer / responsibilities
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (20101, 20, 1, 'zh-CN', 1, '评估方案是否可行',
     '分析用户需求和软件要求，判断设计能否在时间和成本限制内实现。', 1015),
    (20102, 20, 1, 'zh-CN', 2, '设计和开发软件',
     '设计、开发和修改软件系统，借助数学模型和科学分析，预测并衡量设计的效果。', 1015),
    (20103, 20, 1, 'zh-CN', 3, '修复和改进已有软件',
     '修改现有软件：纠正错误、适配新硬件、升级接口或提升性能。', 1015),
    (20104, 20, 1, 'zh-CN', 4, '测试与验证',
     '制定或主持软件系统的测试和验证规程，以及相关的编程和文档工作。', 1015),
    (20105, 20, 1, 'zh-CN', 5, '规划新系统或改造',
     '分析相关信息，为安装新系统或改造现有系统提出建议并做出规划。', 1015),
    (20106, 20, 1, 'zh-CN', 6, '设定性能标准',
     '确定系统必须达到的性能标准，并监控设备运行，确保系统符合规格。', 1015),
    (20151, 20, 1, 'en', 1, 'Checking what is feasible',
     'Analyzes user needs and software requirements to judge whether a design can be delivered within time and cost limits.', 1015),
    (20152, 20, 1, 'en', 2, 'Designing and building software',
     'Designs, develops and modifies software systems, drawing on mathematical models and scientific analysis to predict and measure how a design will turn out.', 1015),
    (20153, 20, 1, 'en', 3, 'Fixing and improving existing software',
     'Changes existing software to correct errors, run on new hardware, upgrade interfaces or perform better.', 1015),
    (20154, 20, 1, 'en', 4, 'Testing and validation',
     'Develops or directs the procedures for testing and validating software systems, along with the related programming and documentation.', 1015),
    (20155, 20, 1, 'en', 5, 'Planning new systems and changes',
     'Analyzes information to recommend and plan the installation of a new system or changes to an existing one.', 1015),
    (20156, 20, 1, 'en', 6, 'Setting performance standards',
     'Sets the performance standards a system must meet and monitors the equipment to make sure the system runs to specification.', 1015);

-- software-developer / daily work
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (20201, 20, 2, 'zh-CN', 1, '一起讨论设计',
     '与系统分析师、工程师和程序员一起研究系统设计，从他们那里了解项目的限制、能力、性能要求和接口。', 1015),
    (20202, 20, 2, 'zh-CN', 2, '沟通进度和技术问题',
     '向客户和其他部门通报项目进展和方案，并就软件设计、维护等技术问题提供意见。', 1015),
    (20203, 20, 2, 'zh-CN', 3, '处理数据',
     '存储、检索和处理数据，用来分析系统能做什么、需要什么。', 1015),
    (20204, 20, 2, 'zh-CN', 4, '撰写报告和函件',
     '编写有关项目规格、工作内容或进展状态的报告和函件。', 1015),
    (20205, 20, 2, 'zh-CN', 5, '安装软件、培训用户',
     '协调软件系统的安装，并培训用户使用新的或改造过的设备。', 1015),
    (20206, 20, 2, 'zh-CN', 6, '确定硬件配置',
     '收集并权衡报表格式、成本、安全需求等信息，据此确定硬件怎样配置。', 1015),
    (20251, 20, 2, 'en', 1, 'Working through designs together',
     'Works out system designs with systems analysts, engineers and programmers, and learns from them a project''s limits, capabilities, performance requirements and interfaces.', 1015),
    (20252, 20, 2, 'en', 2, 'Status and technical questions',
     'Keeps customers and other departments informed on project status and proposals, and advises them on technical issues such as software design or maintenance.', 1015),
    (20253, 20, 2, 'en', 3, 'Working with data',
     'Stores, retrieves and manipulates data to analyze what a system can do and what it requires.', 1015),
    (20254, 20, 2, 'en', 4, 'Reports and correspondence',
     'Writes reports and letters on project specifications, activities or status.', 1015),
    (20255, 20, 2, 'en', 5, 'Installing software, training users',
     'Coordinates the installation of software systems and trains users on new or modified equipment.', 1015),
    (20256, 20, 2, 'en', 6, 'Deciding on hardware configuration',
     'Gathers and weighs information on reporting formats, costs and security needs to decide how the hardware should be configured.', 1015);

-- software-developer / skills
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (20301, 20, 3, 'zh-CN', 1, '扎实的编程基础',
     '美国职业展望手册（2019 年的版本）指出，写代码虽然不是开发者的首要任务，但仍需要扎实的编程基础，通常在学校里打下。', 314),
    (20302, 20, 3, 'zh-CN', 2, '持续学习新工具和语言',
     '在整个职业生涯中，开发者都要不断学习新的工具和编程语言。', 314),
    (20303, 20, 3, 'zh-CN', 3, '懂所在行业',
     '开发者还需要所在行业的知识，例如在银行工作的开发者应当了解金融。', 314),
    (20304, 20, 3, 'zh-CN', 4, '热门编程语言',
     'O*NET 为这一职业标注的热门需求技术中，编程语言有 Python、Java、JavaScript、TypeScript、C、C#、C++ 和 SQL。', 1015),
    (20305, 20, 3, 'zh-CN', 5, '框架与接口',
     '同一清单还列出 React、Angular、Node.js、Spring Boot、Spring Framework、.NET Framework 和 RESTful API。', 1015),
    (20306, 20, 3, 'zh-CN', 6, '构建和运行软件的工具',
     '清单上还有 Git、GitHub、Jenkins CI、Docker、Kubernetes、Terraform 和 Linux，以及 Amazon Web Services、Microsoft Azure 和 Atlassian Jira。', 1015),
    (20351, 20, 3, 'en', 1, 'A solid programming background',
     'Writing code is not a developer''s first priority, the 2019 version of the Occupational Outlook Handbook notes, but it still takes a strong programming background, usually gained in school.', 314),
    (20352, 20, 3, 'en', 2, 'Keeping up with new tools and languages',
     'Developers have to keep learning new tools and programming languages throughout their careers.', 314),
    (20353, 20, 3, 'en', 3, 'Knowing the industry',
     'They also need knowledge of the industry they work in; a developer at a bank, for example, should understand finance.', 314),
    (20354, 20, 3, 'en', 4, 'Languages in demand',
     'Among the technologies O*NET marks as in demand for this occupation, the languages are Python, Java, JavaScript, TypeScript, C, C#, C++ and SQL.', 1015),
    (20355, 20, 3, 'en', 5, 'Frameworks and interfaces',
     'The same list names React, Angular, Node.js, Spring Boot, Spring Framework, .NET Framework and RESTful APIs.', 1015),
    (20356, 20, 3, 'en', 6, 'Tools to build and run software',
     'It also includes Git, GitHub, Jenkins CI, Docker, Kubernetes, Terraform and Linux, along with Amazon Web Services, Microsoft Azure and Atlassian Jira.', 1015);

-- software-developer / performance metrics (team measures)
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (20401, 20, 4, 'zh-CN', 1, '部署频率',
     '两位 Google Cloud 开发者关系工程师介绍了源自 DORA 研究的四个关键指标。部署频率是团队成功发布到生产环境的频繁程度，例如每天、每周、每月或每年一次。', 315),
    (20402, 20, 4, 'zh-CN', 2, '变更前置时间',
     '一次代码提交部署到生产环境所需时间的中位数。', 315),
    (20403, 20, 4, 'zh-CN', 3, '变更失败率',
     '引发故障的次数除以部署次数：一天部署四次、其中一次引发故障，失败率就是 25%。', 315),
    (20404, 20, 4, 'zh-CN', 4, '服务恢复时间',
     '发生故障时，从引发故障的那次部署到服务恢复所用时间的中位数。', 315),
    (20405, 20, 4, 'zh-CN', 5, '速度与稳定兼顾',
     '前两项反映速度，后两项反映稳定性；四项合起来体现的是团队和组织的绩效，属于团队指标。', 315),
    (20451, 20, 4, 'en', 1, 'Deployment frequency',
     'Two Google Cloud developer relations engineers present four key metrics that come from DORA research. Deployment frequency is how often a team successfully releases to production, for example daily, weekly, monthly or yearly.', 315),
    (20452, 20, 4, 'en', 2, 'Lead time for changes',
     'The median time it takes for a commit to be deployed to production.', 315),
    (20453, 20, 4, 'en', 3, 'Change failure rate',
     'Failures divided by deployments: if one of four deployments in a day causes a failure, the rate is 25 percent.', 315),
    (20454, 20, 4, 'en', 4, 'Time to restore service',
     'For a failure, the median time from the deployment that caused it to the restoration of service.', 315),
    (20455, 20, 4, 'en', 5, 'Speed and stability together',
     'The first two metrics describe speed and the last two stability; together they indicate team and organizational performance, so they are team measures.', 315);

-- software-developer / works with
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (20501, 20, 5, 'zh-CN', 1, '系统分析师、工程师和程序员',
     '开发者与他们一起设计系统，了解项目的限制、能力、性能要求和接口。', 1015),
    (20502, 20, 5, 'zh-CN', 2, '数据处理经理或项目经理',
     '向数据处理经理或项目经理了解某个数据处理项目能做什么、不能做什么。', 1015),
    (20503, 20, 5, 'zh-CN', 3, '客户和其他部门',
     '向他们通报项目进展和方案，并就软件设计、维护等技术问题提供意见。', 1015),
    (20504, 20, 5, 'zh-CN', 4, '督导技术人员',
     'O*NET 列出的任务还包括督导程序员、设计人员、技术员等工程技术人员，并给他们分派工作。', 1015),
    (20505, 20, 5, 'zh-CN', 5, '开发和测试团队',
     '美国职业展望手册指出，开发者常在办公室工作，与其他开发者或质量保证分析师、测试人员组成团队。', 313),
    (20551, 20, 5, 'en', 1, 'Systems analysts, engineers and programmers',
     'Developers design systems with them and learn a project''s limits, capabilities, performance requirements and interfaces.', 1015),
    (20552, 20, 5, 'en', 2, 'Data processing or project managers',
     'They go to data processing or project managers for information on what a data processing project can and cannot do.', 1015),
    (20553, 20, 5, 'en', 3, 'Customers and other departments',
     'They keep customers and other departments up to date on status and proposals, and advise them on technical issues such as software design or maintenance.', 1015),
    (20554, 20, 5, 'en', 4, 'Supervising technical staff',
     'Tasks O*NET lists for the occupation also include supervising programmers, designers, technologists, technicians and other engineering staff and assigning their work.', 1015),
    (20555, 20, 5, 'en', 5, 'Development and testing teams',
     'The Occupational Outlook Handbook notes that developers often work in offices, on teams with other developers or with quality assurance analysts and testers.', 313);

-- software-developer / career path
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (20601, 20, 6, 'zh-CN', 1, '学历',
     '美国职业展望手册（2022 年数据的版本）指出，开发者通常需要计算机与信息技术或相关专业的学士学位，有些雇主更愿意招聘硕士。', 313),
    (20602, 20, 6, 'zh-CN', 2, '大学期间实习',
     '2019 年的版本提到，许多学生在大学期间到软件公司实习，积累软件开发经验。', 314),
    (20603, 20, 6, 'zh-CN', 3, '国内常见的职称序列',
     '国内软件研发职称通常从软件工程师起步，往上是高级软件工程师，再到软件研发经理、软件架构师或首席软件工程师；具体定义因公司和地区而异。', 316),
    (20604, 20, 6, 'zh-CN', 4, '技术与管理两条路',
     '一篇国内职业介绍把发展方向分为两条：往技术纵深走，成为技术专家或架构师；或者走管理路线，担任技术经理或 CTO。', 317),
    (20605, 20, 6, 'zh-CN', 5, '走向 IT 项目管理',
     'Vault 的职业介绍称，多数 IT 项目经理先做过软件或硬件工程师、系统分析师等 IT 工作，之后又在基层管理岗位历练过。', 251),
    (20651, 20, 6, 'en', 1, 'Degree',
     'The Occupational Outlook Handbook (the version with 2022 data) says developers typically need a bachelor''s degree in computer and information technology or a related field, and some employers prefer a master''s.', 313),
    (20652, 20, 6, 'en', 2, 'Internships during college',
     'The 2019 version notes that many students gain software development experience through an internship at a software company while in college.', 314),
    (20653, 20, 6, 'en', 3, 'A common ladder in China',
     'Chinese software titles usually start at software engineer and move up to senior software engineer, then to R&D manager, software architect or chief software engineer. The exact definitions differ by company and region.', 316),
    (20654, 20, 6, 'en', 4, 'Technical or management track',
     'A Chinese career overview describes two directions: deeper technical work toward expert or architect roles, or management as a technical manager or CTO.', 317),
    (20655, 20, 6, 'en', 5, 'Toward IT project management',
     'Vault says most IT project managers come to the job after experience as software or hardware engineers, systems analysts or in other IT jobs, followed by lower-level management.', 251);

insert into role_fact (id, role_id, position, source_id) values
    (20901, 20, 1, 313);

insert into role_fact_text (fact_id, locale, body) values
    (20901, 'zh-CN',
     '据美国劳工统计局职业展望手册（我们读到的版本），2022 年 5 月软件开发者的年薪中位数为 127,260 美元；软件开发者、质量保证分析师和测试人员合计的就业人数预计在 2022 至 2032 年增长 25%，远快于各职业的平均水平。'),
    (20901, 'en',
     'In the version of the Occupational Outlook Handbook we read, the median annual wage of software developers was $127,260 in May 2022; employment of software developers, quality assurance analysts and testers together was projected to grow 25 percent from 2022 to 2032, much faster than the average for all occupations.');

-- it-project-manager (14) comes from V7__roles_projects.sql; selected by slug as for role 19.
insert into role_link (role_id, other_role_id, kind, position, source_id)
    select 20, r.id, 'next_step', 1, 251 from role r where r.slug = 'it-project-manager';

insert into role_source (role_id, source_id, position) values
    (20, 1015, 1),
    (20, 314, 2),
    (20, 315, 3),
    (20, 313, 4),
    (20, 316, 5),
    (20, 317, 6),
    (20, 251, 7),
    (20, 318, 8);

-- ===================================================================================================
-- 21 training-specialist (O*NET 13-1151.00 Training and Development Specialists, source 1011)
-- ===================================================================================================
insert into role_text (role_id, locale, name, description) values
    (21, 'zh-CN', '培训专员',
     '培训专员负责策划、组织和实施培训项目，帮助员工（有时也包括客户）掌握工作所需的知识和技能。他们评估培训需求、准备教材、讲授或安排课程，并检查培训是否见效。'),
    (21, 'en', 'Training specialist',
     'A training specialist plans, organizes and runs programs that help employees, and sometimes customers, build the skills and knowledge their work calls for. They assess training needs, prepare materials, teach or arrange sessions, and check whether the programs work.');

insert into role_title (role_id, locale, position, title, source_id) values
    (21, 'zh-CN', 1, '培训运营专员', 324),
    (21, 'zh-CN', 2, '企业培训师', 325),
    (21, 'en', 1, 'Corporate Trainer', 1011),
    (21, 'en', 2, 'Learning and Development Specialist (L and D Specialist)', 1011),
    (21, 'en', 3, 'Training and Development Consultant', 1011),
    (21, 'en', 4, 'Job Training Specialist', 1011),
    (21, 'en', 5, 'Trainer', 1011);

-- training-specialist / responsibilities
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (21101, 21, 1, 'zh-CN', 1, '用多种形式授课',
     '通过讲授、小组讨论、团队练习、模拟、角色扮演或视频等方式传授内容。', 1011),
    (21102, 21, 1, 'zh-CN', 2, '准备培训教材',
     '获取、整理或编写培训手册、指南和课程资料，例如讲义和视觉材料。', 1011),
    (21103, 21, 1, 'zh-CN', 3, '选择培训方式',
     '比较线下、线上等培训方式，在培训效果、成本和环境影响之间求得最佳平衡。', 1011),
    (21104, 21, 1, 'zh-CN', 4, '提供技能培训',
     '开设有针对性的培训项目，帮助员工保持或提升岗位技能。', 1011),
    (21105, 21, 1, 'zh-CN', 5, '评估培训需求',
     '通过问卷、员工访谈、焦点小组，或与经理、讲师、客户代表商讨，判断需要哪些培训。', 1011),
    (21106, 21, 1, 'zh-CN', 6, '设计入职和培训项目',
     '为员工或客户设计和规划入职引导与培训项目，并负责组织或主持。', 1011),
    (21107, 21, 1, 'zh-CN', 7, '跟踪培训效果',
     '监控、评估和记录培训活动及项目效果；预期的改进没有出现时，另想培训方法。', 1011),
    (21151, 21, 1, 'en', 1, 'Teaching in many formats',
     'Teaches through lectures, group discussions, team exercises, simulations, role play or video.', 1011),
    (21152, 21, 1, 'en', 2, 'Preparing course materials',
     'Obtains, organizes or writes training manuals, guides and course materials such as handouts and visual aids.', 1011),
    (21153, 21, 1, 'en', 3, 'Choosing how training is delivered',
     'Compares in-person, virtual and other delivery modes to get the best balance of effectiveness, cost and environmental impact.', 1011),
    (21154, 21, 1, 'en', 4, 'Programs to build job skills',
     'Offers targeted training programs that help workers keep or improve their job skills.', 1011),
    (21155, 21, 1, 'en', 5, 'Assessing training needs',
     'Works out what training is needed through surveys, employee interviews and focus groups, or by consulting managers, instructors or customer representatives.', 1011),
    (21156, 21, 1, 'en', 6, 'Designing orientation and training',
     'Designs and plans orientation and training programs for employees or for customers, and organizes or directs them.', 1011),
    (21157, 21, 1, 'en', 7, 'Tracking whether training works',
     'Monitors, evaluates and records training activities and program results, and tries other methods when the expected improvements do not appear.', 1011);

-- training-specialist / daily work
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (21201, 21, 2, 'zh-CN', 1, '大量时间与人打交道',
     '据美国职业展望手册，培训专员的很多时间用在与人打交道上：带领培训活动、做演示。', 319),
    (21202, 21, 2, 'zh-CN', 2, '审阅讲师的材料',
     '评估讲师准备的大纲、教材和讲义。', 1011),
    (21203, 21, 2, 'zh-CN', 3, '控制培训成本',
     '跟踪培训开支，编写预算报告，说明这些支出的理由。', 1011),
    (21204, 21, 2, 'zh-CN', 4, '排课',
     '根据教室、设备和讲师的空闲情况安排课程。', 1011),
    (21205, 21, 2, 'zh-CN', 5, '组织学员',
     '协调培训学员的招募，并安排他们进入合适的项目。', 1011),
    (21206, 21, 2, 'zh-CN', 6, '选派和督导讲师',
     '挑选并指派讲师，督导和评估讲师，或推荐他们参加技能提升课程。', 1011),
    (21207, 21, 2, 'zh-CN', 7, '参加会议和研讨会',
     '参加会议和研讨会，为培训项目收集素材，或向管理层汇报项目进展。', 1011),
    (21208, 21, 2, 'zh-CN', 8, '持续阅读',
     '阅读期刊、书籍和杂志文章，跟进本专业的新发展。', 1011),
    (21251, 21, 2, 'en', 1, 'Much of the day spent with people',
     'According to the Occupational Outlook Handbook, much of their time goes to working with people: leading training activities and giving presentations.', 319),
    (21252, 21, 2, 'en', 2, 'Reviewing instructors'' materials',
     'Evaluates the outlines, texts and handouts instructors prepare.', 1011),
    (21253, 21, 2, 'en', 3, 'Watching training costs',
     'Keeps track of training costs and prepares budget reports that justify the spending.', 1011),
    (21254, 21, 2, 'en', 4, 'Scheduling classes',
     'Schedules classes around the availability of classrooms, equipment and instructors.', 1011),
    (21255, 21, 2, 'en', 5, 'Enrolling participants',
     'Coordinates recruiting training participants and placing them in programs.', 1011),
    (21256, 21, 2, 'en', 6, 'Choosing and supervising instructors',
     'Selects and assigns instructors, supervises and evaluates them, or refers them to skill development classes.', 1011),
    (21257, 21, 2, 'en', 7, 'Meetings and seminars',
     'Attends meetings and seminars to gather material for training programs or to update management on how programs are going.', 1011),
    (21258, 21, 2, 'en', 8, 'Reading to stay current',
     'Reads journals, books and magazine articles to keep up with developments in their field.', 1011);

-- training-specialist / skills
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (21301, 21, 3, 'zh-CN', 1, '口头表达与指导他人',
     'O*NET 把口头表达和指导他人（教别人怎样做事）并列为这一职业最重要的技能。', 1011),
    (21302, 21, 3, 'zh-CN', 2, '学习策略',
     '学习策略的重要性紧随其后，所需水平在各项技能中最高。', 1011),
    (21303, 21, 3, 'zh-CN', 3, '社会洞察与主动倾听',
     '社会洞察力和主动倾听的评分也很高。', 1011),
    (21304, 21, 3, 'zh-CN', 4, '写作、监控与判断',
     '书面表达、监控、阅读理解、判断与决策和批判性思维并列其后。', 1011),
    (21305, 21, 3, 'zh-CN', 5, '教育与培训知识',
     '知识领域中，教育与培训遥遥领先，其次是客户与个人服务、英语语言、人事与人力资源、管理与行政和心理学。', 1011),
    (21306, 21, 3, 'zh-CN', 6, '常用软件',
     'O*NET 为这一职业标注的热门需求技术是学习管理系统（LMS）、Microsoft Excel、PowerPoint、Outlook 和 Office 软件。', 1011),
    (21307, 21, 3, 'zh-CN', 7, '良好的沟通能力',
     '美国职业展望手册把良好的沟通能力列为入行要求之一。', 319),
    (21351, 21, 3, 'en', 1, 'Speaking and instructing',
     'O*NET rates speaking and instructing (teaching others how to do something) as the joint most important skills for this occupation.', 1011),
    (21352, 21, 3, 'en', 2, 'Learning strategies',
     'Learning strategies comes close behind, and it calls for the highest level of any skill in the ratings.', 1011),
    (21353, 21, 3, 'en', 3, 'Social perceptiveness and listening',
     'Social perceptiveness and active listening also rate high.', 1011),
    (21354, 21, 3, 'en', 4, 'Writing, monitoring and judgment',
     'Writing, monitoring, reading comprehension, judgment and decision making, and critical thinking share the next place.', 1011),
    (21355, 21, 3, 'en', 5, 'Knowledge of education and training',
     'Among knowledge areas, education and training is far ahead, followed by customer and personal service, the English language, personnel and human resources, administration and management, and psychology.', 1011),
    (21356, 21, 3, 'en', 6, 'Everyday software',
     'Technologies O*NET marks as in demand for this occupation are learning management systems (LMS), Microsoft Excel, PowerPoint and Outlook, and Office software.', 1011),
    (21357, 21, 3, 'en', 7, 'Strong communication skills',
     'The Occupational Outlook Handbook names strong communication skills among the requirements for entering the job.', 319);

-- training-specialist / performance metrics (the Kirkpatrick levels rate a program, not the specialist)
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (21401, 21, 4, 'zh-CN', 1, '第一级：反应',
     '柯氏（Kirkpatrick）四级评估模型衡量的是培训项目的效果，评的是项目而不是培训专员本人。第一级看学员对培训的反应和看法。', 322),
    (21402, 21, 4, 'zh-CN', 2, '第二级：学习',
     '看学员是否掌握了预期的知识、技能和态度。', 322),
    (21403, 21, 4, 'zh-CN', 3, '第三级：行为',
     '看学员回到岗位后是否运用了所学内容。', 322),
    (21404, 21, 4, 'zh-CN', 4, '第四级：结果',
     '看业务目标是否因这次培训而达成。', 322),
    (21405, 21, 4, 'zh-CN', 5, '用业务结果定目标',
     '国内一篇培训运营岗位介绍提到，培训项目的目标可以用业务结果来表述，例如“提升销售团队客户转化率 15%”。', 324),
    (21451, 21, 4, 'en', 1, 'Level 1: reaction',
     'The Kirkpatrick four-level model measures how effective a training program is; it rates the program rather than the specialist. Level 1 captures learners'' reaction to the training, their opinion of it.', 322),
    (21452, 21, 4, 'en', 2, 'Level 2: learning',
     'Checks whether learners acquired the intended knowledge, skills and attitudes.', 322),
    (21453, 21, 4, 'en', 3, 'Level 3: behavior',
     'Checks whether learners apply what they learned once they are back on the job.', 322),
    (21454, 21, 4, 'en', 4, 'Level 4: results',
     'Checks whether business goals were reached as a result of the training.', 322),
    (21455, 21, 4, 'en', 5, 'Targets stated in business terms',
     'A Chinese description of the training operations role states program goals in business terms, for example raising a sales team''s customer conversion rate by 15 percent.', 324);

-- training-specialist / works with
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (21501, 21, 5, 'zh-CN', 1, '员工和经理',
     '评估培训需求时，要访谈员工，并与经理、讲师或客户代表商讨。', 1011),
    (21502, 21, 5, 'zh-CN', 2, '讲师',
     '挑选、指派、督导和评估讲师。', 1011),
    (21503, 21, 5, 'zh-CN', 3, '管理层',
     '在会议上向管理层汇报培训项目的进展。', 1011),
    (21504, 21, 5, 'zh-CN', 4, '客户',
     '与客户谈判合同，约定预期的培训成果、费用和开支。', 1011),
    (21505, 21, 5, 'zh-CN', 5, '各部门负责人',
     '国内文档网站上的一份《培训专员工作制度》模板，要求培训专员定期与各部门负责人沟通，了解部门业务动态和员工的培训需求。', 323),
    (21506, 21, 5, 'zh-CN', 6, '内外部培训资源',
     '国内一篇培训运营岗位介绍提到，要为培训项目匹配内外部资源，如内部讲师、行业专家和在线课程平台。', 324),
    (21551, 21, 5, 'en', 1, 'Employees and managers',
     'To assess training needs they interview employees and consult managers, instructors or customer representatives.', 1011),
    (21552, 21, 5, 'en', 2, 'Instructors',
     'They select, assign, supervise and evaluate instructors.', 1011),
    (21553, 21, 5, 'en', 3, 'Management',
     'In meetings, they brief management on the status of training programs.', 1011),
    (21554, 21, 5, 'en', 4, 'Clients',
     'They negotiate contracts with clients that set the expected training outcomes, fees and expenses.', 1011),
    (21555, 21, 5, 'en', 5, 'Department heads',
     'A work-rules template for training specialists, shared on a Chinese document site, asks them to talk regularly with department heads about business developments and staff training needs.', 323),
    (21556, 21, 5, 'en', 6, 'Internal and external resources',
     'A Chinese description of the training operations role says programs are matched with internal and external resources such as in-house trainers, industry experts and online course platforms.', 324);

-- training-specialist / career path
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (21601, 21, 6, 'zh-CN', 1, '入行条件',
     '美国职业展望手册（2022 年数据的版本）给出的典型入行学历是学士学位，另需在相关职业有不到 5 年的工作经验。', 319),
    (21602, 21, 6, 'zh-CN', 2, 'CPTD 认证',
     '人才发展协会（ATD）的 CPTD 认证（前身为 CPLP），标准路径要求 5 年（60 个月）在人才发展或相关领域面向成人的有偿工作经验，并通过笔试；认证每 3 年更新一次。', 321),
    (21603, 21, 6, 'zh-CN', 3, '晋升培训与发展经理',
     '美国职业展望手册称，许多培训与发展经理是从培训与发展专员做起的；有些雇主还看重本行业的经验。', 320),
    (21604, 21, 6, 'zh-CN', 4, '转向人力资源管理',
     '伊利诺伊州 workNet 职业信息指出，人力资源经理不是入门岗位，多数人先做几年面试官、薪酬专员或培训师。', 326),
    (21651, 21, 6, 'en', 1, 'Getting in',
     'The Occupational Outlook Handbook (the version with 2022 data) gives a bachelor''s degree as the typical entry-level education, plus less than five years of work experience in a related occupation.', 319),
    (21652, 21, 6, 'en', 2, 'CPTD certification',
     'ATD''s Certified Professional in Talent Development (CPTD), formerly CPLP, asks on its standard pathway for five years (60 months) of paid professional work with adults in talent development or a related field, and a passed written exam; it is renewed every three years.', 321),
    (21653, 21, 6, 'en', 3, 'Toward training and development manager',
     'The Occupational Outlook Handbook says many training and development managers start out as training and development specialists; some employers also prefer experience in their industry.', 320),
    (21654, 21, 6, 'en', 4, 'Toward human resources management',
     'Illinois workNet notes that human resources manager is not an entry-level job: most HR managers work for several years as interviewers, compensation specialists or trainers first.', 326);

insert into role_fact (id, role_id, position, source_id) values
    (21901, 21, 1, 319);

insert into role_fact_text (fact_id, locale, body) values
    (21901, 'zh-CN',
     '据美国劳工统计局职业展望手册（我们读到的版本），2022 年 5 月培训与发展专员的年薪中位数为 63,080 美元；预计 2022 至 2032 年就业增长 6%，快于各职业的平均水平，平均每年约有 35,400 个职位空缺。'),
    (21901, 'en',
     'In the version of the Occupational Outlook Handbook we read, the median annual wage of training and development specialists was $63,080 in May 2022; employment was projected to grow 6 percent from 2022 to 2032, faster than the average for all occupations, with about 35,400 openings a year on average.');

-- The next step to hr-manager (23, source 326) cannot be inserted here: that role is added by
-- V9__roles_people.sql, which runs after this file. It belongs in a migration after V9.

insert into role_source (role_id, source_id, position) values
    (21, 1011, 1),
    (21, 319, 2),
    (21, 322, 3),
    (21, 324, 4),
    (21, 323, 5),
    (21, 321, 6),
    (21, 320, 7),
    (21, 326, 8),
    (21, 325, 9);

update content_revision set revision = revision + 1, changed_at = current_timestamp where id = 1;
