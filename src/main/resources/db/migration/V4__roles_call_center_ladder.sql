-- RoleCompare: the call-center ladder above the agent: customer-service-team-leader (3),
-- call-center-project-manager (4) and call-center-manager (5), in zh-CN and en; the ladder links 1 -> 3 -> 4 -> 5;
-- editorial comparisons 2 (call-center-agent vs customer-service-team-leader) and 3 (call-center-project-manager vs
-- project-manager). Every sentence written for this site; each point cites the one source that says it.
-- docs/content-coverage/call-center-ladder.md maps facts to rows and lists what was left out for lack of a source.
-- Ids: sources 100-149; role_point role_id * 1000 + dimension_id * 100 + (0 zh-CN, 50 en) + position;
-- role_fact role_id * 1000 + n; comparison_point comparison_id * 1000 + 100/150/200/250 + position;
-- faq_entry comparison_id * 10 + n. Sources 1, 6, 7 (Worktile, 1330.cn, HollyCRM) come from V3; 1000-1023 from V2.

-- Sources (the Zhaopin BPO advert and the ckhr.com page are the seed's sources 8 and 9)
insert into source (id, source_key, title, publisher, url, published_year, accessed_on) values
    (100, 'ccl-1566-cs-team-leader', '呼叫中心客服组长岗位职责职位要求怎么写(精选8篇)', '1566.cn 公司范文', 'https://m.1566.cn/gangweizhize/1751772258133410.html', 2025, DATE '2026-11-28'),
    (101, 'ccl-zhaopin-cs-team-lead', '客服团队管理岗位职位描述（智联招聘职位 CC351377410J40756978401）', '智联招聘（zhaopin.com）', 'https://m-pre.zhaopin.com/jobs/CC351377410J40756978401.htm', NULL, DATE '2026-11-28'),
    (102, 'ccl-cch-team-leader-kpis', '9 Important Team Leader KPIs', 'Call Centre Helper', 'https://www.callcentrehelper.com/9-important-team-leader-kpis-188701.htm', NULL, DATE '2026-11-28'),
    (103, 'ccl-ccplanning-tl-numbers', 'The numbers a team leader should track and why', 'ccplanning.net', 'https://ccplanning.net/articles/numbers-tl-should-track', NULL, DATE '2026-11-28'),
    (106, 'ccl-fonolo-top-metrics', 'What Are the Top Metrics in Your Call Center?', 'Fonolo', 'https://fonolo.com/blog/2014/07/what-are-the-top-metrics-in-your-call-center/', 2014, DATE '2026-11-28'),
    (107, 'ccl-prospects-cc-manager', 'Call centre manager', 'Prospects (prospects.ac.uk)', 'https://www.prospects.ac.uk/job-profiles/call-centre-manager', NULL, DATE '2026-11-28'),
    (108, 'ccl-cch-typical-roles', 'Typical roles in a call centre', 'Call Centre Helper', 'http://www.callcentrehelper.com/typical-roles-in-a-call-centre-51389.htm', NULL, DATE '2026-11-28'),
    (109, 'ccl-1566-cc-ops-manager', '呼叫中心运营经理岗位职责怎么写(精选8篇)', '1566.cn 公司范文', 'https://m.1566.cn/gangweizhize/jingli/1751773687134159.html', 2025, DATE '2026-11-28'),
    (110, 'ccl-pminh-bpo-spotlight', 'Project Managment Spotlight in Business Process Outsourcing', 'PMI New Hampshire Chapter (pmi-nh.org)', 'https://pmi-nh.org/resources/pm-morsels/173-business-process-outsourcing', NULL, DATE '2026-11-28'),
    (111, 'ccl-bls-pm-specialists', 'Project Management Specialists', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook', 'https://stats.bls.gov/ooh/business-and-financial/project-management-specialists.htm', NULL, DATE '2026-11-28'),
    (112, 'ccl-ectimes-crm-part3', 'Customer Relations Managers Face Job Transformations – Part 3', 'E-Commerce Times', 'https://ecommercetimes.com/story/customer-relations-managers-face-job-transformations-part-3-47784.html?cat_id=98', NULL, DATE '2026-11-28');

-- Roles: 4 has no O*NET occupation of its own (43-1011.00 is the nearest); 5 uses 11-1021.00 as the nearest.
insert into role (id, slug, position, family_id, onet_code, onet_match, ratings_code) values
    (3, 'customer-service-team-leader', 2, 1, '43-1011.00', 'exact', '43-1011.00'),
    (4, 'call-center-project-manager', 3, 1, '43-1011.00', 'nearest', '43-1011.00'),
    (5, 'call-center-manager', 4, 1, '11-1021.00', 'nearest', '11-1021.00');

insert into role_text (role_id, locale, name, description) values
    (3, 'zh-CN', '客服组长',
     '客服组长带领一组客服专员：安排班次和任务，督导服务质量，培训和评价组员，并处理专员解决不了的投诉。在 1330.cn 列出的国内呼叫中心晋升阶梯上，这是客服专员之上的第一级管理岗位。'),
    (3, 'en', 'Customer service team leader',
     'A customer service team leader runs a group of agents: setting shifts and assignments, supervising service quality, training and evaluating the team, and handling the complaints agents cannot resolve. On the Chinese call-center ladder listed by 1330.cn, it is the first management rung above agent.'),
    (4, 'zh-CN', '呼叫中心项目经理',
     '呼叫中心项目经理是国内呼叫中心晋升阶梯上介于组长和经理之间的一级；在服务外包（BPO）行业，这一职位负责某个委托方的客服项目：对接委托方，按服务水平协议（SLA）管控外包团队，并兼顾服务效果与成本。它与通用项目管理意义上的项目经理同名，却不是同一种工作，O*NET 中也没有与之完全对应的职业。'),
    (4, 'en', 'Call-center project manager',
     'The call-center project manager is the rung between team leader and manager on the Chinese call-center ladder; in the service-outsourcing (BPO) trade, the role runs one client''s customer service project, working with the client, holding the outsourced team to the service level agreement (SLA) and weighing results against cost. It shares its Chinese name, 项目经理, with the project manager in the general project-management sense, but it is a different job, and O*NET has no occupation that matches it exactly.'),
    (5, 'zh-CN', '呼叫中心经理',
     '呼叫中心经理对整个呼叫中心的业绩和预算负责：设定服务目标，规划资源，监控服务质量，并通过手下的组长管理一线团队。在 1330.cn 列出的晋升阶梯上，这一级位于项目经理之上、总监之下，不过各企业的阶梯并不相同。'),
    (5, 'en', 'Call-center manager',
     'A call-center manager answers for the whole center''s performance and budget: setting service targets, planning resources, monitoring service quality and running the front line through the team leaders who report to them. On the ladder listed by 1330.cn this rung sits above project manager and below director, though ladders differ between employers.');

-- Titles people also use: English from O*NET rows or the pages cited; Chinese from the Chinese pages cited.
insert into role_title (role_id, locale, position, title, source_id) values
    (3, 'zh-CN', 1, '组长', 6),
    (3, 'zh-CN', 2, '班组长', 6),
    (3, 'zh-CN', 3, '客服主管', 1),
    (3, 'zh-CN', 4, '呼叫中心客服组长', 100),
    (3, 'en', 1, 'Customer Service Supervisor', 1020),
    (3, 'en', 2, 'Call Center Supervisor', 1020),
    (3, 'en', 3, 'Customer Service Representative Supervisor', 1020),
    (3, 'en', 4, 'Team Leader', 108),
    (4, 'zh-CN', 1, '项目经理', 6),
    (4, 'zh-CN', 2, '客服外包项目经理', 9),
    (4, 'en', 1, 'Client Project Manager', 110),
    (4, 'en', 2, 'Program Manager', 112),
    (5, 'zh-CN', 1, '客服经理', 1),
    (5, 'zh-CN', 2, '呼叫中心运营经理', 109),
    (5, 'en', 1, 'Call Center Manager', 1020),
    (5, 'en', 2, 'Center Manager', 1001),
    (5, 'en', 3, 'Contact Center Manager', 107);

-- Facts: which O*NET occupation stands in, and why.
insert into role_fact (id, role_id, position, source_id) values
    (4001, 4, 1, 1020),
    (5001, 5, 1, 1000);

insert into role_fact_text (fact_id, locale, body) values
    (4001, 'zh-CN',
     'O*NET 没有与呼叫中心项目经理完全对应的职业。本页的 O*NET 数据（工作准备区间、学历和技能评分）取自最接近的 43-1011.00 First-Line Supervisors of Office and Administrative Support Workers（办公与行政支持人员一线主管）。'),
    (4001, 'en',
     'O*NET has no occupation that matches the call-center project manager exactly. The O*NET data on this page (job zone, education and skill ratings) come from the nearest occupation, 43-1011.00 First-Line Supervisors of Office and Administrative Support Workers.'),
    (5001, 'zh-CN',
     'O*NET 把 Call Center Manager 列为 43-1011.00（办公与行政支持人员一线主管）和 11-9199.00 Managers, All Other（O*NET 没有为后者提供评分数据）的别称。本页的 O*NET 数据取自最接近的 11-1021.00 General and Operations Managers（总经理和运营经理）。'),
    (5001, 'en',
     'O*NET lists Call Center Manager as an alternate title under 43-1011.00 (First-Line Supervisors of Office and Administrative Support Workers) and under 11-9199.00 Managers, All Other, for which O*NET has no ratings. The O*NET data on this page come from the nearest occupation, 11-1021.00 General and Operations Managers.');

-- Role points: zh-CN and en carry the same facts in the same order.
-- customer-service-team-leader / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3101, 3, 1, 'zh-CN', 1, '督导小组的日常工作',
     '检查客服专员的工作是否符合质量标准、时限和流程要求，发现差错及时纠正。', 1020),
    (3102, 3, 1, 'zh-CN', 2, '处理投诉，解答政策疑问',
     '处理客户投诉，回答客户对公司政策和办事流程的疑问。', 1020),
    (3103, 3, 1, 'zh-CN', 3, '指导专员处理疑难和升级投诉',
     '客服专员碰到复杂问题或升级投诉时，由客服组长给出处理思路。', 1020),
    (3104, 3, 1, 'zh-CN', 4, '排班和分派任务',
     '制定并下发小组的班表、完成时限和任务分工。', 1020),
    (3105, 3, 1, 'zh-CN', 5, '招聘新员工',
     '负责招聘、面试和挑选员工。', 1020),
    (3106, 3, 1, 'zh-CN', 6, '评价绩效，提出人事建议',
     '评价员工的工作表现和守规情况，并提出相应的人事处理建议。', 1020),
    (3107, 3, 1, 'zh-CN', 7, '培训员工',
     '向员工讲解岗位职责和公司政策，或安排他人来培训。', 1020),
    (3108, 3, 1, 'zh-CN', 8, '与管理层一起落实服务标准',
     '配合管理层执行公司或部门的政策、流程和服务标准。', 1020);
-- customer-service-team-leader / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3151, 3, 1, 'en', 1, 'Supervises the team''s daily work',
     'Checks that agents meet quality standards, deadlines and procedures, and puts errors right as soon as they appear.', 1020),
    (3152, 3, 1, 'en', 2, 'Handles complaints and policy questions',
     'Resolves customer complaints and answers customers'' questions about company policies and how things are done.', 1020),
    (3153, 3, 1, 'en', 3, 'Guides agents on hard cases and escalations',
     'When an agent faces a complex problem or an escalated complaint, the team leader shows them how to handle it.', 1020),
    (3154, 3, 1, 'en', 4, 'Sets shifts and assignments',
     'Draws up and issues the team''s schedules, deadlines and task assignments.', 1020),
    (3155, 3, 1, 'en', 5, 'Hires new staff',
     'Recruits, interviews and chooses new employees.', 1020),
    (3156, 3, 1, 'en', 6, 'Evaluates performance and recommends personnel action',
     'Rates how well staff do their jobs and keep to the rules, and proposes the personnel action that fits.', 1020),
    (3157, 3, 1, 'en', 7, 'Trains staff',
     'Teaches employees their duties and company policies, or arranges for someone else to train them.', 1020),
    (3158, 3, 1, 'en', 8, 'Puts service standards into practice with management',
     'Works with management to apply company or department policies, procedures and service standards.', 1020);
-- customer-service-team-leader / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3201, 3, 2, 'zh-CN', 1, '查阅记录和报表',
     '翻看工作记录和报表，核对细节、跟踪进度，并据此评价组员的表现。', 1020),
    (3202, 3, 2, 'zh-CN', 2, '盯实时话务和质量数据',
     '招聘网站智联招聘上一则带 3 到 15 人客服团队的招聘启事，要求每天监控接通率、排队时长、放弃率，以及质检分数和客户满意度，并及时调整人手或做法。', 101),
    (3203, 3, 2, 'zh-CN', 3, '与组员面谈，找出问题原因',
     '组员表现出了问题时，和本人一起分析原因，商量解决办法。', 1020),
    (3204, 3, 2, 'zh-CN', 4, '向组员传达流程和政策',
     '解释工作流程和公司政策，并传达给组员。', 1020),
    (3205, 3, 2, 'zh-CN', 5, '必要时亲自上阵',
     '参与组员的工作，帮助提高产出、攻克难点。', 1020),
    (3206, 3, 2, 'zh-CN', 6, '与其他主管和部门协调',
     '与其他主管、班组或部门配合安排工作。', 1020),
    (3207, 3, 2, 'zh-CN', 7, '定期写团队报告',
     '同一则启事要求每周、每月向直属上级提交团队运营报告，内容包括 KPI 完成情况、问题分析和改进措施。', 101);
-- customer-service-team-leader / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3251, 3, 2, 'en', 1, 'Reads records and reports to follow the work',
     'Goes through work records and reports to check details, track progress and judge how team members are doing.', 1020),
    (3252, 3, 2, 'en', 2, 'Watches live call and quality data',
     'A job ad on Zhaopin, a Chinese job site, for leading a service team of 3 to 15 people asks for daily tracking of answer rate, queue time and abandonment rate, along with quality scores and customer satisfaction, and prompt changes to staffing or tactics.', 101),
    (3253, 3, 2, 'en', 3, 'Talks through performance problems',
     'When a team member falls short, the team leader sits down with them to find the causes and agree on fixes.', 1020),
    (3254, 3, 2, 'en', 4, 'Explains procedures and policies to the team',
     'Interprets work procedures and company policies and passes them on to staff.', 1020),
    (3255, 3, 2, 'en', 5, 'Steps in when needed',
     'Joins in the team''s work to keep output up or to get through the harder parts of a job.', 1020),
    (3256, 3, 2, 'en', 6, 'Coordinates with other supervisors and departments',
     'Lines up the team''s work with other supervisors, work units or departments.', 1020),
    (3257, 3, 2, 'en', 7, 'Writes regular team reports',
     'The same ad asks for weekly and monthly team reports to the team leader''s own manager, covering KPI results, problems found and planned improvements.', 101);
-- customer-service-team-leader / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3301, 3, 3, 'zh-CN', 1, '协调与监控',
     'O*NET 把协调各方工作和监控工作表现列为这一职业最重要的技能之一。', 1020),
    (3302, 3, 3, 'zh-CN', 2, '察言观色、表达与倾听',
     '社会洞察力（察觉他人的反应并理解其原因）、口头表达和主动倾听，同样在 O*NET 评分最高之列。', 1020),
    (3303, 3, 3, 'zh-CN', 3, '管人和管时间',
     '人员管理、时间管理以及判断与决策，也被 O*NET 评为重要技能。', 1020),
    (3304, 3, 3, 'zh-CN', 4, '懂管理，懂服务',
     '知识方面，O*NET 评分最高的是行政与管理，以及客户与个人服务。', 1020),
    (3305, 3, 3, 'zh-CN', 5, '会用办公、客户管理和排班软件',
     'O*NET 列出的常用软件包括 Excel 等办公软件、Salesforce 等客户关系管理（CRM）软件，以及排班软件。', 1020),
    (3306, 3, 3, 'zh-CN', 6, '能做简单的数据统计',
     '一则呼叫中心客服组长的招聘要求写明：熟练使用 Word、Excel、PPT 等办公软件，能做简单的数据统计分析。', 100);
-- customer-service-team-leader / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3351, 3, 3, 'en', 1, 'Coordination and monitoring',
     'O*NET rates coordinating people''s work and monitoring performance among the most important skills for this occupation.', 1020),
    (3352, 3, 3, 'en', 2, 'Reading people, speaking and listening',
     'Social perceptiveness (noticing how others react and understanding why), speaking and active listening are also among the skills O*NET rates highest.', 1020),
    (3353, 3, 3, 'en', 3, 'Managing people and time',
     'Managing personnel, managing time, and judgment and decision making are also rated important.', 1020),
    (3354, 3, 3, 'en', 4, 'Management and service knowledge',
     'The knowledge areas O*NET rates highest are administration and management, and customer and personal service.', 1020),
    (3355, 3, 3, 'en', 5, 'Office, CRM and scheduling software',
     'The software O*NET lists includes office tools such as Excel, customer relationship management (CRM) software such as Salesforce, and scheduling software.', 1020),
    (3356, 3, 3, 'en', 6, 'Basic data analysis',
     'A Chinese job ad for a call-center team leader asks for fluent use of Word, Excel and PowerPoint and the ability to do simple statistical analysis.', 100);
-- customer-service-team-leader / kpis / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3401, 3, 4, 'zh-CN', 1, '首次解决率（FCR）',
     'Call Centre Helper 把“一次做对”（即首次解决率）列为衡量客服组长的重要指标：它反映整个小组的服务质量，也反映组长带队的成效。', 102),
    (3402, 3, 4, 'zh-CN', 2, '客户满意度（CSAT）',
     '同一篇文章还列出了小组的客户满意度得分。', 102),
    (3403, 3, 4, 'zh-CN', 3, '平均处理时长（AHT）和保持时长',
     '文章也把小组的平均处理时长和通话保持时长列入组长的指标。', 102),
    (3404, 3, 4, 'zh-CN', 4, '排班遵从率',
     '一篇排班规划文章建议客服组长每周按小组查看排班遵从率，即组员实际按班表工作的时间占比。', 103),
    (3405, 3, 4, 'zh-CN', 5, '为小组和个人定指标',
     '智联招聘上的一则启事要求为小组和每位组员设定接通率、解决率、客户满意度等指标，并每天或每周跟踪。', 101),
    (3406, 3, 4, 'zh-CN', 6, '组员流失率',
     '同一则启事把降低员工流失率列为团队建设的目标之一。', 101);
-- customer-service-team-leader / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3451, 3, 4, 'en', 1, 'First-contact resolution (FCR)',
     'Call Centre Helper lists "right first time," another name for FCR, as a key team leader KPI: it reflects the quality of the whole team''s work and, through it, how well the team leader enables the team.', 102),
    (3452, 3, 4, 'en', 2, 'Customer satisfaction (CSAT)',
     'The same article lists the team''s CSAT scores.', 102),
    (3453, 3, 4, 'en', 3, 'Average handle time (AHT) and hold time',
     'It also counts the team''s AHT and hold time among team leader KPIs.', 102),
    (3454, 3, 4, 'en', 4, 'Schedule adherence',
     'A workforce-planning article advises team leaders to review adherence weekly at team level: the share of time agents spend doing what their schedule says.', 103),
    (3455, 3, 4, 'en', 5, 'Targets for the team and each agent',
     'A job ad on Zhaopin asks for targets such as answer rate, resolution rate and customer satisfaction, set for the team and for each agent and tracked daily or weekly.', 101),
    (3456, 3, 4, 'en', 6, 'Staff turnover',
     'The same ad names lower staff turnover as one aim of the team-building work.', 101);
-- customer-service-team-leader / works-with / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3501, 3, 5, 'zh-CN', 1, '小组里的客服专员',
     '客服组长每天督导、排班、培训和评价的对象。', 1020),
    (3502, 3, 5, 'zh-CN', 2, '带着难题来的客户',
     '智联招聘上的一则启事要求客服组长接手专员解决不了的复杂咨询和投诉，需要时协调售后、产品、技术等部门，24 小时内给出解决方案。', 101),
    (3503, 3, 5, 'zh-CN', 3, '经理和管理层',
     '设备、产出质量或排班出了问题，客服组长要与经理等人商量解决；在人员配置和流程调整上，也会向管理层提出建议。', 1020),
    (3504, 3, 5, 'zh-CN', 4, '产品和运营部门',
     '同一则启事要求把客户反馈中反复出现的问题汇总成报告，交给产品或运营部门，推动流程改进。', 101);
-- customer-service-team-leader / works-with / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3551, 3, 5, 'en', 1, 'Agents on the team',
     'The people the team leader supervises, schedules, trains and evaluates every day.', 1020),
    (3552, 3, 5, 'en', 2, 'Customers with hard problems',
     'A job ad on Zhaopin has the team leader take over complex inquiries and complaints that agents cannot resolve, bringing in after-sales, product or technical teams where needed and offering a solution within 24 hours.', 101),
    (3553, 3, 5, 'en', 3, 'Managers',
     'Team leaders consult managers on problems such as equipment, output quality or schedules, and make recommendations to management on staffing or procedures.', 1020),
    (3554, 3, 5, 'en', 4, 'Product and operations teams',
     'The same ad asks for a report on the issues customers raise most often, sent to the product or operations department to drive process changes.', 101);
-- customer-service-team-leader / career-path / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3601, 3, 6, 'zh-CN', 1, '由客服专员晋升而来',
     '1330.cn 列出的呼叫中心晋升阶梯是坐席 → 组长 → 项目经理 → 经理 → 总监，组长是坐席之上的第一级。', 6),
    (3602, 3, 6, 'zh-CN', 2, '下一步：呼叫中心项目经理',
     '在这条阶梯上，组长再往上是项目经理，之后是经理和总监。', 6),
    (3603, 3, 6, 'zh-CN', 3, '空缺建议内部竞聘',
     '1330.cn 建议，班组长等较重要的岗位出现空缺时，通过公开的内部竞聘择优选人。', 6),
    (3604, 3, 6, 'zh-CN', 4, '阶梯因企业而异',
     'HollyCRM 介绍的路径不设项目经理一级：从初级、中级、高级客服代表到客服团队管理，再经客户关系管理、业务拓展与支持，升到呼叫中心经理和总监。', 7),
    (3605, 3, 6, 'zh-CN', 5, '另一种说法：客服主管',
     'Worktile 的文章把呼叫中心人员的发展路径概括为客服专员、客服主管、客服经理、客户服务总监。', 1),
    (3606, 3, 6, 'zh-CN', 6, '外聘的门槛',
     '智联招聘上的一则启事要求两年以上呼叫中心客服经验、一年以上团队管理经验，学历为大专及以上。', 101);
-- customer-service-team-leader / career-path / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (3651, 3, 6, 'en', 1, 'Promoted from agent',
     'The call-center ladder listed by 1330.cn runs agent → team leader → project manager → manager → director; team leader is the first rung above agent.', 6),
    (3652, 3, 6, 'en', 2, 'Next step: call-center project manager',
     'On that ladder, the rung above team leader is project manager, followed by manager and director.', 6),
    (3653, 3, 6, 'en', 3, 'Internal competition for openings',
     '1330.cn advises filling important openings such as team leader through an open internal competition that picks the strongest candidate.', 6),
    (3654, 3, 6, 'en', 4, 'Ladders differ between employers',
     'HollyCRM describes a path without a project manager rung: junior, mid-level and senior agent, then team management, customer relationship management, business development and support, call-center manager and director.', 7),
    (3655, 3, 6, 'en', 5, 'Another version: customer service supervisor',
     'Worktile sums up the call-center path as agent, customer service supervisor, customer service manager and customer service director.', 1),
    (3656, 3, 6, 'en', 6, 'What outside hires need',
     'A job ad on Zhaopin asks for at least two years of call-center experience, at least one year of leading a team, and a three-year college diploma (大专) or higher.', 101);
-- call-center-project-manager / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4101, 4, 1, 'zh-CN', 1, '理清委托方的需求',
     '与委托方深入沟通，梳理业务需求、目标和预期成果，参与制定工作说明书（SOW）和服务水平协议（SLA）。', 8),
    (4102, 4, 1, 'zh-CN', 2, '定方案、做计划和预算',
     '参与制定或评审项目的执行方案、计划、预算和资源分配，明确范围、里程碑、交付物和验收标准。', 8),
    (4103, 4, 1, 'zh-CN', 3, '组建项目团队',
     '调动公司内部和外包供应商的资源，搭起项目团队，并分清各人的职责。', 8),
    (4104, 4, 1, 'zh-CN', 4, '按 SLA 把好质量关',
     '设置质量检查点，定期检查外包团队的产出是否达到约定的质量标准和 SLA 要求。', 8),
    (4105, 4, 1, 'zh-CN', 5, '把委托方的标准落到外包团队',
     '把委托方的服务话术、流程规范和品牌要求同步给外包团队，并与服务商明确交付标准和责任边界。', 9),
    (4106, 4, 1, 'zh-CN', 6, '兼顾服务效果和成本',
     '既要让外包服务贴合委托方的业务需求，也要在服务效果和成本之间取得平衡。', 9),
    (4107, 4, 1, 'zh-CN', 7, '管控风险和问题',
     '主动识别进度、成本、质量和资源方面的风险，制定应对办法；出了问题及时处理并上报。', 8);
-- call-center-project-manager / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4151, 4, 1, 'en', 1, 'Pins down what the client needs',
     'Works closely with the client to set out business needs, goals and expected results, and helps draw up the statement of work (SOW) and the service level agreement (SLA).', 8),
    (4152, 4, 1, 'en', 2, 'Plans the project and its budget',
     'Helps write or review the delivery plan, schedule, budget and resource allocation, fixing scope, milestones, deliverables and acceptance criteria.', 8),
    (4153, 4, 1, 'en', 3, 'Builds the project team',
     'Draws on in-house staff and outsourcing vendors to form the team and makes clear who does what.', 8),
    (4154, 4, 1, 'en', 4, 'Holds quality to the SLA',
     'Sets quality checkpoints and regularly checks that the outsourced team''s work meets the agreed quality standards and the SLA.', 8),
    (4155, 4, 1, 'en', 5, 'Carries the client''s standards to the outsourced team',
     'Passes the client''s scripts, process rules and brand requirements to the outsourced team, and agrees delivery standards and responsibilities with the vendor.', 9),
    (4156, 4, 1, 'en', 6, 'Balances service and cost',
     'Keeps the outsourced service in line with the client''s business needs while weighing what it achieves against what it costs.', 9),
    (4157, 4, 1, 'en', 7, 'Manages risks and issues',
     'Looks ahead for schedule, cost, quality and resource risks and plans responses; deals with problems promptly and reports them up.', 8);
-- call-center-project-manager / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4201, 4, 2, 'zh-CN', 1, '定期向委托方汇报',
     '作为委托方的主要联系人，定期汇报项目进展、收集反馈、管理对方的期望。', 8),
    (4202, 4, 2, 'zh-CN', 2, '跟进任务完成情况',
     '带领或协调项目团队按计划推进，逐项跟踪任务是否完成。', 8),
    (4203, 4, 2, 'zh-CN', 3, '在系统里盯服务数据',
     '借助 CRM 系统、外包质检平台和绩效统计工具，实时查看外包客服的响应时长、通话质量和工单处理进度。', 9),
    (4204, 4, 2, 'zh-CN', 4, '远程质检和绩效复盘',
     '不必到现场，也能在线开展服务质检、复盘绩效，并通过线上培训同步委托方的业务知识和服务标准。', 9),
    (4205, 4, 2, 'zh-CN', 5, '24 小时内回应一线问题',
     '按 ckhr.com 介绍的做法，一线客服反映的问题整理后同步给委托方和服务商，反馈环节设 24 小时响应时限，三方一起商定改进方案。', 9);
-- call-center-project-manager / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4251, 4, 2, 'en', 1, 'Reports to the client regularly',
     'As the client''s main contact, gives regular progress updates, gathers feedback and manages the client''s expectations.', 8),
    (4252, 4, 2, 'en', 2, 'Tracks tasks against the plan',
     'Leads or coordinates the project team through the plan and follows up on each task.', 8),
    (4253, 4, 2, 'en', 3, 'Watches service data in the systems',
     'Uses the CRM system, the outsourced quality-monitoring platform and performance-reporting tools to follow the outsourced agents'' response times, call quality and ticket progress in real time.', 9),
    (4254, 4, 2, 'en', 4, 'Reviews quality and performance remotely',
     'Checks service quality and reviews performance online, without being on site, and uses online training to keep agents current on the client''s business and service standards.', 9),
    (4255, 4, 2, 'en', 5, 'Answers front-line issues within 24 hours',
     'In the practice ckhr.com describes, problems raised by front-line agents are compiled and shared with the client and the vendor under a 24-hour response limit, and the three sides agree on fixes together.', 9);
-- call-center-project-manager / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4301, 4, 3, 'zh-CN', 1, '项目管理知识',
     '招聘网站智联招聘上的一则启事要求熟悉 PMBOK 或敏捷（Agile）等项目管理知识体系。', 8),
    (4302, 4, 3, 'zh-CN', 2, '理解需求、写文档、做方案',
     '同一则启事要求善于理解需求、编写文档和策划方案。', 8),
    (4303, 4, 3, 'zh-CN', 3, '会用数字化工具',
     'ckhr.com 提到的工具包括 CRM 系统、外包质检平台和绩效统计工具。', 9),
    (4304, 4, 3, 'zh-CN', 4, '协调与监控（按最接近的 O*NET 职业）',
     'O*NET 没有与这一职级完全对应的职业；最接近的 43-1011.00 把协调、监控、社会洞察力、口头表达和主动倾听都列在最重要的技能之列。', 1020),
    (4305, 4, 3, 'zh-CN', 5, '管理与服务知识（同一职业）',
     '该职业评分最高的知识领域是行政与管理，以及客户与个人服务。', 1020);
-- call-center-project-manager / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4351, 4, 3, 'en', 1, 'Project-management knowledge',
     'A job ad on Zhaopin, a Chinese job site, asks for familiarity with a body of project-management knowledge such as PMBOK or Agile.', 8),
    (4352, 4, 3, 'en', 2, 'Requirements, documents and proposals',
     'The same ad asks for a good grasp of requirements and skill in writing documents and planning proposals.', 8),
    (4353, 4, 3, 'en', 3, 'Digital tools',
     'The tools ckhr.com names include CRM systems, outsourced quality-monitoring platforms and performance-reporting tools.', 9),
    (4354, 4, 3, 'en', 4, 'Coordination and monitoring (nearest O*NET occupation)',
     'O*NET has no occupation that matches this rung exactly; the nearest, 43-1011.00, rates coordination, monitoring, social perceptiveness, speaking and active listening among the most important skills.', 1020),
    (4355, 4, 3, 'en', 5, 'Management and service knowledge (same occupation)',
     'Its highest-rated knowledge areas are administration and management, and customer and personal service.', 1020);
-- call-center-project-manager / kpis / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4401, 4, 4, 'zh-CN', 1, '是否达到 SLA',
     '要确保外包团队的产出符合约定的质量标准和 SLA 要求；这一要求针对的是整个外包团队。', 8),
    (4402, 4, 4, 'zh-CN', 2, '外包客服的服务表现',
     'ckhr.com 列出的管控重点是外包客服的服务质量、响应效率和绩效达成情况。', 9),
    (4403, 4, 4, 'zh-CN', 3, '供应商是否按合同投入和产出',
     '外包供应商或团队的投入和产出要符合合同约定。', 8),
    (4404, 4, 4, 'zh-CN', 4, '效果与成本的平衡',
     'ckhr.com 还要求在外包服务的效能和成本之间取得平衡。', 9),
    (4405, 4, 4, 'zh-CN', 5, '服务水平不达标的代价',
     '呼叫中心软件公司 Fonolo 的文章指出，对一些外包呼叫中心来说，服务水平（例如 80/20，即 80% 的来电在 20 秒内接起）没有达到，可能被罚款，甚至丢掉合同。', 106);
-- call-center-project-manager / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4451, 4, 4, 'en', 1, 'Meeting the SLA',
     'The project manager must see that the outsourced team''s work meets the agreed quality standards and the SLA; the target applies to the outsourced team as a whole.', 8),
    (4452, 4, 4, 'en', 2, 'How the outsourced agents perform',
     'The points ckhr.com says to control are the outsourced agents'' service quality, speed of response and results against targets.', 9),
    (4453, 4, 4, 'en', 3, 'Vendor input and output per contract',
     'The outsourcing vendor or team must put in and deliver what the contract sets out.', 8),
    (4454, 4, 4, 'en', 4, 'Balance of results and cost',
     'ckhr.com also asks for a balance between what the outsourced service achieves and what it costs.', 9),
    (4455, 4, 4, 'en', 5, 'The price of a missed service level',
     'Fonolo, a call-center software company, notes that for some outsourced call centers, missing the service level (for example 80/20: 80% of calls answered within 20 seconds) can bring financial penalties or even the loss of the contract.', 106);
-- call-center-project-manager / works-with / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4501, 4, 5, 'zh-CN', 1, '委托方',
     '是委托方的主要联系人：汇报进展、收集反馈、维护双方关系。', 8),
    (4502, 4, 5, 'zh-CN', 2, '外包服务商',
     'ckhr.com 把这一职位看作连接委托方与外包服务商的枢纽：传递需求、统筹服务商的资源、划清各方的责任边界。', 9),
    (4503, 4, 5, 'zh-CN', 3, '一线客服团队',
     '收集一线客服在实际工作中遇到的问题，推动各方一起改进。', 9),
    (4504, 4, 5, 'zh-CN', 4, '公司内部各部门',
     '与销售、技术、财务等部门保持沟通，协调项目需要的支持。', 8);
-- call-center-project-manager / works-with / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4551, 4, 5, 'en', 1, 'The client',
     'Acts as the client''s main contact: reports progress, gathers feedback and looks after the relationship.', 8),
    (4552, 4, 5, 'en', 2, 'The outsourcing vendor',
     'ckhr.com sees the job as the link between the client company and its outsourcing vendor: passing on needs, coordinating the vendor''s resources and settling who is responsible for what.', 9),
    (4553, 4, 5, 'en', 3, 'Front-line agents',
     'Gathers the problems agents run into in their daily work and pushes all sides to fix them.', 9),
    (4554, 4, 5, 'en', 4, 'Other departments in the company',
     'Keeps in touch with the sales, technical and finance departments to line up the support the project needs.', 8);
-- call-center-project-manager / career-path / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4601, 4, 6, 'zh-CN', 1, '由组长晋升',
     '在 1330.cn 列出的阶梯（坐席 → 组长 → 项目经理 → 经理 → 总监）上，项目经理位于组长之上；该文以上市公司的呼叫中心为背景。', 6),
    (4602, 4, 6, 'zh-CN', 2, '下一步：呼叫中心经理',
     '同一条阶梯上，项目经理再往上是经理，然后是总监。', 6),
    (4603, 4, 6, 'zh-CN', 3, '并非所有企业都设这一级',
     'HollyCRM 介绍的晋升路径里没有项目经理：从客服团队管理经客户关系管理、业务拓展与支持，升到呼叫中心经理。', 7),
    (4604, 4, 6, 'zh-CN', 4, '外聘看外包项目经验',
     '智联招聘上的一则启事要求两年以上服务外包、业务流程外包（BPO）或相关领域的项目管理、项目协调或项目助理经验；有移动、联通、邮政、电信、银行等外包项目经验者优先。', 8),
    (4605, 4, 6, 'zh-CN', 5, '学历要求',
     '同一则启事要求本科及以上学历，计算机、管理、商务等专业优先。', 8);
-- call-center-project-manager / career-path / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (4651, 4, 6, 'en', 1, 'Promoted from team leader',
     'On the ladder 1330.cn lists (agent → team leader → project manager → manager → director), project manager sits above team leader; the article has call centers at listed companies in mind.', 6),
    (4652, 4, 6, 'en', 2, 'Next step: call-center manager',
     'On the same ladder, the rung above project manager is manager, then director.', 6),
    (4653, 4, 6, 'en', 3, 'Not every employer has this rung',
     'The path HollyCRM describes has no project manager: it runs from team management through customer relationship management and business development and support to call-center manager.', 7),
    (4654, 4, 6, 'en', 4, 'Outside hires need outsourcing project experience',
     'A job ad on Zhaopin asks for at least two years of project management, project coordination or project assistant work in service outsourcing, business process outsourcing (BPO) or a related field; experience on outsourced projects for China Mobile, China Unicom, China Post, China Telecom or banks is a plus.', 8),
    (4655, 4, 6, 'en', 5, 'Education',
     'The same ad asks for a bachelor''s degree or higher, preferably in computing, management or business.', 8);
-- call-center-manager / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5101, 5, 1, 'zh-CN', 1, '对中心的业绩和预算负总责',
     'Call Centre Helper 把中心经理描述为对中心整体业绩和预算负最终责任的人，人员、流程、技术和客户方面的决策都由其作出。', 108),
    (5102, 5, 1, 'zh-CN', 2, '管好日常运营',
     '负责中心的日常运转，包括采购设备、做好资源规划、落实运营策略。', 107),
    (5103, 5, 1, 'zh-CN', 3, '定目标，保达成',
     '在速度、效率、销售和质量方面设定业绩目标，并确保完成。', 107),
    (5104, 5, 1, 'zh-CN', 4, '用数据找改进空间（按最接近的 O*NET 职业）',
     'O*NET 对最接近的职业 11-1021.00 的描述包括：审阅财务报表、业务报告等数据，判断运营效率和目标进度，找出可以降本或改进的地方。', 1001),
    (5105, 5, 1, 'zh-CN', 5, '规划中心的未来',
     'Call Centre Helper 提到，中心的未来战略和发展方向也由中心经理决定。', 108),
    (5106, 5, 1, 'zh-CN', 6, '选拔和培养直接下属',
     '负责直接下属（组长，大型中心则是副经理）的招聘、培养和辅导。', 108),
    (5107, 5, 1, 'zh-CN', 7, '建立流程和制度',
     '一则呼叫中心运营经理的招聘启事要求制定和优化服务流程，完善部门的工作制度、职责体系和人员安排。', 109);
-- call-center-manager / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5151, 5, 1, 'en', 1, 'Answers for the center''s results and budget',
     'Call Centre Helper describes the center manager as the person ultimately responsible for the center''s overall performance and budget, who makes the decisions on its people, processes, technology and customers.', 108),
    (5152, 5, 1, 'en', 2, 'Runs daily operations',
     'Manages the day-to-day running of the center, including sourcing equipment, planning resources and putting operating strategies into practice.', 107),
    (5153, 5, 1, 'en', 3, 'Sets and meets performance targets',
     'Sets targets for speed, efficiency, sales and quality and makes sure they are met.', 107),
    (5154, 5, 1, 'en', 4, 'Uses data to find improvements (nearest O*NET occupation)',
     'O*NET describes the nearest occupation, 11-1021.00, as going through financial statements, activity reports and similar data to see how productive the operation is, how close it is to its goals and where costs or programs could improve.', 1001),
    (5155, 5, 1, 'en', 5, 'Shapes the center''s future',
     'Call Centre Helper adds that the center manager decides the center''s future strategy and development.', 108),
    (5156, 5, 1, 'en', 6, 'Hires and develops direct reports',
     'Recruits, develops and coaches the people who report directly to them: team leaders, or assistant managers in larger centers.', 108),
    (5157, 5, 1, 'en', 7, 'Builds processes and rules',
     'A Chinese job ad for a call-center operations manager asks the hire to design and improve service processes and to set the department''s work rules, responsibilities and staffing.', 109);
-- call-center-manager / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5201, 5, 2, 'zh-CN', 1, '随机抽听通话',
     '随机监听通话，以提高服务质量、减少差错，并跟踪员工表现。', 107),
    (5202, 5, 2, 'zh-CN', 2, '按数据调配人手',
     '一则呼叫中心运营经理的招聘启事要求根据各项数据指标安排人员配比。', 109),
    (5203, 5, 2, 'zh-CN', 3, '处理组长升级的投诉',
     '同一则启事写明，由运营组长升级上来的投诉由经理处理。', 109),
    (5204, 5, 2, 'zh-CN', 4, '做评估和成本收益分析',
     '开展需求评估、绩效评估和成本收益分析。', 107),
    (5205, 5, 2, 'zh-CN', 5, '及时更新业务信息',
     '掌握公司新推出的服务项目和客户动态，传达到呼叫中心，保证中心用的是最新的业务信息。', 109);
-- call-center-manager / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5251, 5, 2, 'en', 1, 'Listens in on random calls',
     'Monitors calls at random to raise quality, cut errors and follow how staff perform.', 107),
    (5252, 5, 2, 'en', 2, 'Staffs by the numbers',
     'A Chinese job ad for a call-center operations manager asks the hire to plan staffing levels from the center''s metrics.', 109),
    (5253, 5, 2, 'en', 3, 'Takes complaints escalated by team leaders',
     'The same ad has the manager handle complaints escalated by operations team leaders.', 109),
    (5254, 5, 2, 'en', 4, 'Runs assessments and cost-benefit analyses',
     'Carries out needs assessments, performance reviews and cost-benefit analyses.', 107),
    (5255, 5, 2, 'en', 5, 'Keeps business information current',
     'Takes in the company''s new services and client updates and passes them on, so the call center works from current information.', 109);
-- call-center-manager / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5301, 5, 3, 'zh-CN', 1, '监控、表达与倾听（按最接近的 O*NET 职业）',
     'O*NET 为 11-1021.00 评分最高的技能是监控、口头表达、主动倾听和阅读理解。', 1001),
    (5302, 5, 3, 'zh-CN', 2, '协调、批判性思维和人员管理',
     '这几项技能也被 O*NET 评为重要技能。', 1001),
    (5303, 5, 3, 'zh-CN', 3, '管理与服务知识',
     '该职业评分最高的知识领域是行政与管理，以及客户与个人服务。', 1001),
    (5304, 5, 3, 'zh-CN', 4, 'CRM、考勤和排班软件',
     'O*NET 列出的工具包括 Salesforce 等 CRM 软件、Kronos 等考勤软件，以及排班软件。', 1001),
    (5305, 5, 3, 'zh-CN', 5, '团队管理与数据分析',
     'HollyCRM 认为，呼叫中心经理需要团队管理、市场营销管理、电话销售和数据分析能力。', 7),
    (5306, 5, 3, 'zh-CN', 6, '熟悉 KPI 和运营模式',
     '一则呼叫中心运营经理的招聘启事要求熟知呼叫中心的服务流程、运营模式和 KPI 指标，统筹和沟通能力强。', 109);
-- call-center-manager / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5351, 5, 3, 'en', 1, 'Monitoring, speaking and listening (nearest O*NET occupation)',
     'For 11-1021.00, the skills O*NET rates highest are monitoring, speaking, active listening and reading comprehension.', 1001),
    (5352, 5, 3, 'en', 2, 'Coordination, critical thinking and managing people',
     'O*NET also rates these skills as important.', 1001),
    (5353, 5, 3, 'en', 3, 'Management and service knowledge',
     'The occupation''s highest-rated knowledge areas are administration and management, and customer and personal service.', 1001),
    (5354, 5, 3, 'en', 4, 'CRM, timekeeping and scheduling software',
     'The tools O*NET lists include CRM software such as Salesforce, timekeeping software such as Kronos, and scheduling software.', 1001),
    (5355, 5, 3, 'en', 5, 'Team management and data analysis',
     'HollyCRM says a call-center manager needs team management, marketing management, telesales and data-analysis skills.', 7),
    (5356, 5, 3, 'en', 6, 'Knows call-center KPIs and operations',
     'A Chinese job ad for a call-center operations manager asks for a thorough grasp of call-center service processes, operating models and KPIs, and strong coordination and communication skills.', 109);
-- call-center-manager / kpis / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5401, 5, 4, 'zh-CN', 1, '服务水平',
     '呼叫中心软件公司 Fonolo 的文章指出，许多呼叫中心经理把维持服务水平（例如 80/20，即 80% 的来电在 20 秒内接起）当作头等大事；这个指标看的是所有来电中按时接起的比例。', 106),
    (5402, 5, 4, 'zh-CN', 2, '满意度、放弃率和首次解决率',
     '同一篇文章列出的其他常见指标还有客户满意度、放弃率、首次解决率、平均应答速度和占用率。', 106),
    (5403, 5, 4, 'zh-CN', 3, '速度、效率、销售和质量目标',
     '英国就业指导网站 Prospects 提到，呼叫中心经理要在速度、效率、销售和质量方面设定并达成业绩目标。', 107),
    (5404, 5, 4, 'zh-CN', 4, '中心的整体业绩和预算',
     'Call Centre Helper 指出，中心经理对中心的整体业绩和预算负最终责任。', 108),
    (5405, 5, 4, 'zh-CN', 5, '外包中心的合同风险',
     '对部分外包呼叫中心来说，服务水平不达标可能招致罚款，甚至丢掉合同。', 106);
-- call-center-manager / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5451, 5, 4, 'en', 1, 'Service level',
     'Fonolo, a call-center software company, reports that many call-center managers treat holding the service level (for example 80/20: 80% of calls answered within 20 seconds) as a top priority; it measures the share of all calls answered in time.', 106),
    (5452, 5, 4, 'en', 2, 'Satisfaction, abandonment and resolution',
     'Other common metrics in the same article include customer satisfaction, abandonment rate, first-contact resolution, average speed of answer and occupancy.', 106),
    (5453, 5, 4, 'en', 3, 'Targets for speed, efficiency, sales and quality',
     'The UK careers site Prospects says call-center managers set and meet performance targets for speed, efficiency, sales and quality.', 107),
    (5454, 5, 4, 'en', 4, 'The center''s overall results and budget',
     'Call Centre Helper places ultimate responsibility for the center''s performance and budget with the center manager.', 108),
    (5455, 5, 4, 'en', 5, 'Contract risk in outsourced centers',
     'For some outsourced call centers, a missed service level can bring financial penalties or the loss of the contract.', 106);
-- call-center-manager / works-with / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5501, 5, 5, 'zh-CN', 1, '组长或副经理',
     '视中心规模，若干名组长（大型中心为副经理）向中心经理汇报。', 108),
    (5502, 5, 5, 'zh-CN', 2, '人力资源、IT 等部门',
     '中心经理通常负责与人力资源、IT 等部门打交道；销售型中心还要对接销售或市场部门。', 108),
    (5503, 5, 5, 'zh-CN', 3, '服务的企业和供货方',
     '英国就业指导网站 Prospects 提到，经理要与呼叫中心为其提供第一线服务的企业，以及向中心供应产品的第三方保持联系。', 107),
    (5504, 5, 5, 'zh-CN', 4, '高层和员工（按最接近的 O*NET 职业）',
     '在最接近的 O*NET 职业中，经理与董事会成员、公司管理人员或员工一起制定或落实部门的政策、目标和流程。', 1001);
-- call-center-manager / works-with / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5551, 5, 5, 'en', 1, 'Team leaders or assistant managers',
     'Depending on the center''s size, a number of team leaders, or assistant managers in larger centers, report to the center manager.', 108),
    (5552, 5, 5, 'en', 2, 'HR, IT and other departments',
     'The center manager is usually the one who deals with departments such as HR and IT, and with sales or marketing in a sales center.', 108),
    (5553, 5, 5, 'en', 3, 'The businesses served and their suppliers',
     'The UK careers site Prospects notes that managers liaise with the businesses for which the center is the first point of contact, and with third parties that supply products to the center.', 107),
    (5554, 5, 5, 'en', 4, 'Senior management and staff (nearest O*NET occupation)',
     'In the nearest O*NET occupation, managers set or carry out department policies, goals and procedures together with board members, company officials or staff.', 1001);
-- call-center-manager / career-path / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5601, 5, 6, 'zh-CN', 1, '由项目经理一级晋升',
     '在 1330.cn 列出的阶梯上，经理位于项目经理之上、总监之下。', 6),
    (5602, 5, 6, 'zh-CN', 2, '下一步：呼叫中心总监',
     'HollyCRM 写明，呼叫中心经理的晋升方向是呼叫中心总监，后者要实现业务目标、制定操作规范、分析数据。', 7),
    (5603, 5, 6, 'zh-CN', 3, '也可以从业务拓展升上来',
     'HollyCRM 的路径中，呼叫中心经理的前一级是业务拓展与支持，并不经过项目经理；各企业的阶梯并不相同。', 7),
    (5604, 5, 6, 'zh-CN', 4, '客服经理之后是客户服务总监',
     'Worktile 的文章把客服经理的下一步列为客户服务总监。', 1),
    (5605, 5, 6, 'zh-CN', 5, '经验门槛',
     '一则呼叫中心运营经理的招聘启事要求五年以上呼叫中心管理经验。', 109);
-- call-center-manager / career-path / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (5651, 5, 6, 'en', 1, 'Promoted from project manager',
     'On the ladder 1330.cn lists, manager sits above project manager and below director.', 6),
    (5652, 5, 6, 'en', 2, 'Next step: call-center director',
     'HollyCRM names call-center director as the next step for a call-center manager, a role that delivers business goals, sets operating rules and analyzes data.', 7),
    (5653, 5, 6, 'en', 3, 'Or up from business development',
     'In HollyCRM''s path the rung before call-center manager is business development and support, not project manager; ladders differ between employers.', 7),
    (5654, 5, 6, 'en', 4, 'After customer service manager: director',
     'Worktile lists customer service director as the step after customer service manager.', 1),
    (5655, 5, 6, 'en', 5, 'Experience required',
     'A Chinese job ad for a call-center operations manager asks for at least five years of call-center management.', 109);

-- The ladder 1330.cn lists (坐席 → 组长 → 项目经理 → 经理 → 总监): agent -> team leader -> project manager -> manager.
insert into role_link (role_id, other_role_id, kind, position, source_id) values
    (1, 3, 'next_step', 1, 6),
    (3, 4, 'next_step', 1, 6),
    (4, 5, 'next_step', 1, 6);

-- Sources listed at the foot of each role page, in order.
insert into role_source (role_id, source_id, position) values
    (3, 1020, 1),
    (3, 6, 2),
    (3, 7, 3),
    (3, 1, 4),
    (3, 100, 5),
    (3, 101, 6),
    (3, 102, 7),
    (3, 103, 8),
    (3, 108, 9),
    (4, 8, 1),
    (4, 9, 2),
    (4, 6, 3),
    (4, 7, 4),
    (4, 1020, 5),
    (4, 106, 6),
    (4, 110, 7),
    (4, 112, 8),
    (5, 1001, 1),
    (5, 107, 2),
    (5, 108, 3),
    (5, 109, 4),
    (5, 106, 5),
    (5, 6, 6),
    (5, 7, 7),
    (5, 1, 8),
    (5, 1020, 9),
    (5, 1000, 10);
-- The seed role now links to the team leader on 1330.cn's word: credit it on the agent page unless V3 already does.
insert into role_source (role_id, source_id, position)
select r.id, 6, (select coalesce(max(s.position), 0) + 1 from role_source s where s.role_id = 1)
from role r where r.id = 1 and not exists (select 1 from role_source s where s.role_id = 1 and s.source_id = 6);

-- Comparison 2: call-center-agent (sorts first) vs customer-service-team-leader, a promotion; responsibilities differ most.
insert into comparison (id, role_a_id, role_b_id, key_dimension_id, reviewed_on) values
    (2, 1, 3, 1, DATE '2026-11-28');

insert into comparison_text (comparison_id, locale, summary, key_difference) values
    (2, 'zh-CN',
     '在 1330.cn 列出的呼叫中心晋升阶梯上，客服组长是客服专员之上的第一级。两者都在一线，但客服专员自己接待客户，客服组长则要让一组专员把客户服务好：排班、督导、培训和评价组员，并接手专员处理不了的问题。',
     '差别最大的是职能职责：客服专员对自己经手的每一次服务负责，客服组长对整个小组的工作负责，要督导质量、安排班次，并培养和评价组员。'),
    (2, 'en',
     'On the call-center ladder listed by 1330.cn, team leader is the first rung above agent. Both work on the front line, but the agent serves customers personally, while the team leader makes sure a group of agents serves them well: scheduling, supervising, training and evaluating the agents, and stepping in on the problems they cannot resolve.',
     'Responsibilities differ most: the agent answers for each contact they handle, while the team leader answers for the whole team''s work, supervising quality, setting schedules, and developing and evaluating team members.');

-- comparison 2 / KEY_DIFFERENCE / zh-CN
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (2101, 2, 'KEY_DIFFERENCE', 'zh-CN', 1, '客服专员：自己接待客户',
     '通过电话或当面与客户沟通，介绍产品和服务、受理订单、了解投诉详情，并记录每次沟通的内容和处理结果。', 1021),
    (2102, 2, 'KEY_DIFFERENCE', 'zh-CN', 2, '客服专员：解决不了的转出去',
     '自己处理不了的投诉，转交指定部门进一步调查。', 1021),
    (2103, 2, 'KEY_DIFFERENCE', 'zh-CN', 3, '客服组长：为小组的工作质量负责',
     '督导组员，确保工作符合质量标准、时限和流程，出了差错负责纠正。', 1020),
    (2104, 2, 'KEY_DIFFERENCE', 'zh-CN', 4, '客服组长：接手疑难和升级投诉',
     '组员碰到复杂问题或升级投诉时，由客服组长出主意、给指导。', 1020),
    (2105, 2, 'KEY_DIFFERENCE', 'zh-CN', 5, '客服组长：管人',
     '排班、分派任务、培训组员、评价绩效，还要负责招聘。', 1020);
-- comparison 2 / KEY_DIFFERENCE / en
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (2151, 2, 'KEY_DIFFERENCE', 'en', 1, 'The agent serves customers personally',
     'Talks with customers by phone or in person to explain products and services, take orders or get the details of complaints, and records each contact and what was done.', 1021),
    (2152, 2, 'KEY_DIFFERENCE', 'en', 2, 'The agent passes on what they cannot resolve',
     'Complaints the agent cannot settle are handed to the designated department to look into further.', 1021),
    (2153, 2, 'KEY_DIFFERENCE', 'en', 3, 'The team leader answers for the team''s quality',
     'Supervises agents so that their work meets quality standards, deadlines and procedures, and puts errors right.', 1020),
    (2154, 2, 'KEY_DIFFERENCE', 'en', 4, 'The team leader handles hard cases and escalations',
     'Guides agents through complex problems and escalated complaints.', 1020),
    (2155, 2, 'KEY_DIFFERENCE', 'en', 5, 'The team leader manages people',
     'Schedules and assigns work, trains and evaluates agents, and recruits new staff.', 1020);
-- comparison 2 / CONCLUSION / zh-CN
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (2201, 2, 'CONCLUSION', 'zh-CN', 1, '我们的建议：提拔看带人的能力',
     '客服组长的核心工作是督导、排班、培训和评价别人，而不是自己多接电话；提拔时要看候选人能否带好一组人，而不只看个人业绩。这条建议依据 O*NET 对一线主管任务的描述。', 1020),
    (2202, 2, 'CONCLUSION', 'zh-CN', 2, '技能要求明显提高',
     'O*NET 对人员管理、监控和协调三项技能的要求，一线主管（43-1011.00）都高于客服代表（43-4051.00）。', 1000),
    (2203, 2, 'CONCLUSION', 'zh-CN', 3, '考核对象从个人变成小组',
     'Call Centre Helper 列出的组长指标按小组计算，包括首次解决率、客户满意度、平均处理时长和保持时长。', 102),
    (2204, 2, 'CONCLUSION', 'zh-CN', 4, '外聘的门槛',
     '智联招聘上一则带 3 到 15 人客服团队的启事要求两年以上呼叫中心客服经验和一年以上团队管理经验。', 101),
    (2205, 2, 'CONCLUSION', 'zh-CN', 5, '内部竞聘选组长',
     '1330.cn 建议，班组长出现空缺时通过公开的内部竞聘择优选拔，为一线员工打通发展通道。', 6),
    (2206, 2, 'CONCLUSION', 'zh-CN', 6, '我们的建议：不是每个好专员都要去带人',
     'HollyCRM 介绍的路径里，客服代表可以先从初级做到中级、高级，再转向团队管理；擅长直接服务客户的人，可以先在这条线上发展。', 7);
-- comparison 2 / CONCLUSION / en
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (2251, 2, 'CONCLUSION', 'en', 1, 'Our suggestion: promote for leading people',
     'A team leader''s core work is supervising, scheduling, training and evaluating others rather than taking more calls, so judge candidates on whether they can lead a group, not only on their own numbers. This rests on O*NET''s task list for first-line supervisors.', 1020),
    (2252, 2, 'CONCLUSION', 'en', 2, 'The skills bar rises',
     'O*NET rates managing personnel, monitoring and coordination higher for first-line supervisors (43-1011.00) than for customer service representatives (43-4051.00).', 1000),
    (2253, 2, 'CONCLUSION', 'en', 3, 'Measured on the team, not on oneself',
     'The team leader KPIs Call Centre Helper lists are counted for the team: first-contact resolution, customer satisfaction, average handle time and hold time.', 102),
    (2254, 2, 'CONCLUSION', 'en', 4, 'What outside hires need',
     'A Zhaopin ad for leading a service team of 3 to 15 people asks for at least two years of call-center experience and at least one year of leading a team.', 101),
    (2255, 2, 'CONCLUSION', 'en', 5, 'Pick team leaders by internal competition',
     '1330.cn advises filling team leader openings through an open internal competition, which gives front-line staff a clear way up.', 6),
    (2256, 2, 'CONCLUSION', 'en', 6, 'Our suggestion: not every strong agent has to manage',
     'In the path HollyCRM describes, agents can move from junior to mid-level and senior agent before turning to team management, so people who do best serving customers directly can grow along that line first.', 7);

insert into comparison_source (comparison_id, source_id, position) values
    (2, 1021, 1),
    (2, 1020, 2),
    (2, 1000, 3),
    (2, 6, 4),
    (2, 7, 5),
    (2, 1, 6),
    (2, 100, 7),
    (2, 101, 8),
    (2, 102, 9);

insert into faq_entry (id, comparison_id, anchor, position) values
    (21, 2, 'agent-tl-still-take-calls', 1),
    (22, 2, 'agent-tl-how-measured', 2),
    (23, 2, 'agent-tl-requirements', 3),
    (24, 2, 'agent-tl-ladder', 4);

insert into faq_text (faq_id, locale, question, answer) values
    (21, 'zh-CN', '客服组长还要接电话吗？',
     '常常要。Call Centre Helper 提到，客服组长和一线专员一起工作，经常自己也接电话；O*NET 也把参与下属的工作、帮助提高产出列为一线主管的核心任务之一。不过，客服组长的主要职责是督导、排班、培训和评价组员。'),
    (21, 'en', 'Do team leaders still take calls?',
     'Often, yes. Call Centre Helper notes that team leaders work closely with front-line agents and often pick up calls themselves, and O*NET lists joining in subordinates'' work to keep output up among the core tasks of first-line supervisors. Their main job, though, is supervising, scheduling, training and evaluating the team.'),
    (22, 'zh-CN', '两者的考核有什么不同？',
     'Worktile 的文章说，呼叫中心的考核通常以客户满意度、问题解决率、平均通话时长、服务质量评分等量化指标为主。客服组长的指标则按整个小组来算：Call Centre Helper 列出了小组的首次解决率、客户满意度、平均处理时长和保持时长；智联招聘上的一则启事还要求组长为小组和每位组员设定接通率、解决率、客户满意度等指标，并每天或每周跟踪。'),
    (22, 'en', 'How are they measured differently?',
     'Worktile says call centers are usually assessed on quantitative measures such as customer satisfaction, resolution rate, average call length and quality scores. A team leader''s measures are counted for the whole team: Call Centre Helper lists the team''s first-contact resolution, customer satisfaction, average handle time and hold time, and a job ad on Zhaopin also asks the team leader to set targets such as answer rate, resolution rate and customer satisfaction for the team and for each agent, and to track them daily or weekly.'),
    (23, 'zh-CN', '当上客服组长需要什么条件？',
     '1566.cn 收录的一则呼叫中心客服组长启事要求大专以上学历、两年以上呼叫中心现场工作经验、熟悉呼叫中心的管理流程，并能用办公软件做简单的数据统计；智联招聘上的一则启事要求两年以上呼叫中心客服经验和一年以上团队管理经验。在企业内部，1330.cn 建议通过公开的内部竞聘选拔班组长。'),
    (23, 'en', 'What does it take to become a team leader?',
     'A call-center team leader ad collected on 1566.cn asks for a three-year college diploma (大专) or higher, at least two years on a call-center floor, familiarity with how call centers are managed, and the ability to do simple statistics with office software; a job ad on Zhaopin asks for at least two years of call-center experience and at least one year of leading a team. Inside a company, 1330.cn advises choosing team leaders through an open internal competition.'),
    (24, 'zh-CN', '客服专员的下一步一定是客服组长吗？',
     '不一定，各企业的阶梯并不相同。1330.cn 列出的是坐席 → 组长 → 项目经理 → 经理 → 总监；HollyCRM 的路径是初级、中级、高级客服代表，再到客服团队管理；Worktile 的文章则概括为客服专员、客服主管、客服经理、客户服务总监。1330.cn 还提到，坐席也可以竞争本单位的其他岗位。'),
    (24, 'en', 'Is team leader always the next step for an agent?',
     'Not always; ladders differ between employers. 1330.cn lists agent → team leader → project manager → manager → director; HollyCRM describes junior, mid-level and senior agent, then team management; Worktile sums the path up as agent, customer service supervisor, customer service manager and customer service director. 1330.cn also notes that agents can compete for other jobs in the same company.');

insert into faq_source (faq_id, source_id, position) values
    (21, 102, 1),
    (21, 1020, 2),
    (22, 1, 1),
    (22, 102, 2),
    (22, 101, 3),
    (23, 100, 1),
    (23, 101, 2),
    (23, 6, 3),
    (24, 6, 1),
    (24, 7, 2),
    (24, 1, 3);

-- Comparison 3: call-center-project-manager (sorts first) vs project-manager, one Chinese name for two jobs; responsibilities differ most.
insert into comparison (id, role_a_id, role_b_id, key_dimension_id, reviewed_on) values
    (3, 4, 2, 1, DATE '2026-11-28');

insert into comparison_text (comparison_id, locale, summary, key_difference) values
    (3, 'zh-CN',
     '中文里两者都叫“项目经理”，做的却是两种工作。呼叫中心项目经理是国内呼叫中心晋升阶梯上的一级，在服务外包（BPO）行业负责某个委托方的客服项目：对接委托方，按 SLA 管控外包团队的服务质量，并兼顾效果与成本。本站的项目经理则是通用项目管理意义上的项目经理，对一个项目从启动到收尾全程负责，统筹目标、计划、团队、资源、进度、成本和风险。',
     '差别最大的是职能职责：呼叫中心项目经理管的是为一个委托方提供的客服服务能否达到 SLA 和约定的质量标准；项目经理管的是一个项目能否按时、在预算内达成目标。'),
    (3, 'en',
     'In Chinese both are called 项目经理 (project manager), but they do different jobs. The call-center project manager is a rung on the Chinese call-center ladder; in the service-outsourcing (BPO) trade the role runs one client''s customer service project: working with the client, holding the outsourced team''s service to the SLA and weighing results against cost. The project manager in this catalog is the role in the general project-management sense, accountable for a project from initiation to closing: its goals, plan, team, resources, schedule, cost and risk.',
     'Responsibilities differ most: the call-center project manager answers for whether the customer service delivered to one client meets the SLA and the agreed quality standards; the project manager answers for whether a project reaches its goals on time and within budget.');

-- comparison 3 / KEY_DIFFERENCE / zh-CN
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (3101, 3, 'KEY_DIFFERENCE', 'zh-CN', 1, '呼叫中心项目经理：对接委托方',
     '作为委托方的主要联系人，参与制定 SOW 和 SLA，定期汇报进展，管理对方的期望。', 8),
    (3102, 3, 'KEY_DIFFERENCE', 'zh-CN', 2, '呼叫中心项目经理：按 SLA 管外包团队',
     '定期检查外包团队的产出是否符合约定的质量标准和 SLA，并确保外包供应商按合同投入和产出。', 8),
    (3103, 3, 'KEY_DIFFERENCE', 'zh-CN', 3, '呼叫中心项目经理：把标准落到一线',
     '把委托方的话术、流程和品牌要求同步给外包团队，并盯住响应时长、通话质量和工单进度。', 9),
    (3104, 3, 'KEY_DIFFERENCE', 'zh-CN', 4, '项目经理：对项目全生命周期负责',
     '职责覆盖启动、计划、执行、监控和收尾各个阶段。', 1),
    (3105, 3, 'KEY_DIFFERENCE', 'zh-CN', 5, '项目经理：定目标、组团队、控进度和成本',
     '确定项目目标和范围，组建团队、分配资源，监控进度，管理预算，识别并应对风险。', 1);
-- comparison 3 / KEY_DIFFERENCE / en
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (3151, 3, 'KEY_DIFFERENCE', 'en', 1, 'Call-center project manager: works with the client',
     'As the client''s main contact, helps draw up the SOW and SLA, reports progress regularly and manages expectations.', 8),
    (3152, 3, 'KEY_DIFFERENCE', 'en', 2, 'Call-center project manager: holds the outsourced team to the SLA',
     'Regularly checks the outsourced team''s work against the agreed quality standards and SLA, and makes sure the vendor puts in and delivers what the contract requires.', 8),
    (3153, 3, 'KEY_DIFFERENCE', 'en', 3, 'Call-center project manager: carries standards to the front line',
     'Passes the client''s scripts, processes and brand rules to the outsourced team and keeps watch on response times, call quality and ticket progress.', 9),
    (3154, 3, 'KEY_DIFFERENCE', 'en', 4, 'Project manager: owns the whole life cycle',
     'Responsibilities span initiation, planning, execution, monitoring and closing.', 1),
    (3155, 3, 'KEY_DIFFERENCE', 'en', 5, 'Project manager: sets goals, builds the team, controls schedule and cost',
     'Defines the project''s goals and scope, forms the team and allocates resources, tracks progress, manages the budget, and identifies and responds to risks.', 1);
-- comparison 3 / CONCLUSION / zh-CN
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (3201, 3, 'CONCLUSION', 'zh-CN', 1, '我们的建议：先问清是哪种“项目经理”',
     '职位名称相同，职责却不同。看到“项目经理”的招聘启事，先看它讲的是 SLA、外包团队和委托方（如智联招聘上的一则服务外包启事），还是项目的范围、进度和预算。', 8),
    (3202, 3, 'CONCLUSION', 'zh-CN', 2, '适合呼叫中心项目经理的人',
     '做过服务外包或 BPO 项目、熟悉 SLA 和委托方沟通的人。智联招聘上的这则启事要求两年以上这类项目的管理、协调或助理经验，并熟悉 PMBOK 或敏捷。', 8),
    (3203, 3, 'CONCLUSION', 'zh-CN', 3, '适合项目经理的人',
     'Worktile 认为，项目经理需要扎实的项目管理知识（如 WBS 分解、甘特图、风险矩阵），以及领导、沟通协调和解决问题的能力。', 1),
    (3204, 3, 'CONCLUSION', 'zh-CN', 4, '呼叫中心组长的下一步',
     '在 1330.cn 列出的阶梯上，项目经理一级位于组长之上；对呼叫中心的组长来说，这是内部晋升的下一步。', 6),
    (3205, 3, 'CONCLUSION', 'zh-CN', 5, '项目经理通常需要本科学历',
     '美国劳工统计局（BLS）指出，项目管理专员通常需要本科学历，专业可以多样；认证并非总是必需，但可能有帮助。', 111);
-- comparison 3 / CONCLUSION / en
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (3251, 3, 'CONCLUSION', 'en', 1, 'Our suggestion: ask which "project manager" is meant',
     'The title is the same but the job is not. When a Chinese ad says 项目经理, check whether it talks about SLAs, outsourced teams and a client (as a service-outsourcing ad on the Chinese job site Zhaopin does) or about a project''s scope, schedule and budget.', 8),
    (3252, 3, 'CONCLUSION', 'en', 2, 'Who suits the call-center project manager job',
     'People who have worked on service-outsourcing or BPO projects and know SLAs and client work. That Zhaopin ad asks for at least two years managing, coordinating or assisting on such projects, and familiarity with PMBOK or Agile.', 8),
    (3253, 3, 'CONCLUSION', 'en', 3, 'Who suits the project manager job',
     'Worktile says a project manager needs solid project-management knowledge (such as work breakdown structures, Gantt charts and risk matrices) and the ability to lead, coordinate and solve problems.', 1),
    (3254, 3, 'CONCLUSION', 'en', 4, 'The next step for a call-center team leader',
     'On the ladder 1330.cn lists, project manager sits above team leader; for a call-center team leader it is the next internal step up.', 6),
    (3255, 3, 'CONCLUSION', 'en', 5, 'Project managers usually need a bachelor''s degree',
     'The U.S. Bureau of Labor Statistics (BLS) says project management specialists typically need a bachelor''s degree, which may be in a range of fields; certification is not always required but may help.', 111);

insert into comparison_source (comparison_id, source_id, position) values
    (3, 8, 1),
    (3, 9, 2),
    (3, 106, 3),
    (3, 6, 4),
    (3, 7, 5),
    (3, 1, 6),
    (3, 111, 7);

insert into faq_entry (id, comparison_id, anchor, position) values
    (31, 3, 'ccpm-pm-same-name', 1),
    (32, 3, 'ccpm-pm-who-they-answer-to', 2),
    (33, 3, 'ccpm-pm-how-measured', 3),
    (34, 3, 'ccpm-pm-how-to-get-there', 4);

insert into faq_text (faq_id, locale, question, answer) values
    (31, 'zh-CN', '为什么两个职位都叫“项目经理”？',
     '国内呼叫中心把“项目经理”用作自己晋升阶梯上的一级（1330.cn 列出：坐席 → 组长 → 项目经理 → 经理 → 总监）。在服务外包行业，这一职位负责某个委托方的客服项目，工作围绕 SOW、SLA、委托方沟通和外包团队展开（见智联招聘上的一则启事和 ckhr.com）。通用意义上的项目经理则对一个项目从启动到收尾的全过程负责（Worktile）。并不是所有呼叫中心都设这一级，HollyCRM 介绍的路径里就没有。'),
    (31, 'en', 'Why are both jobs called 项目经理 (project manager)?',
     'Chinese call centers use 项目经理 for a rung on their own ladder (1330.cn lists agent → team leader → project manager → manager → director). In the service-outsourcing trade, this role runs one client''s customer service project, and the work revolves around the SOW, the SLA, the client and the outsourced team (see a job ad on Zhaopin and ckhr.com). A project manager in the general sense is accountable for a project from initiation to closing (Worktile). Not every call center has this rung: the path HollyCRM describes does not.'),
    (32, 'zh-CN', '两者分别向谁交代、和谁打交道？',
     '呼叫中心项目经理是委托方的主要联系人，定期向委托方汇报进展、收集反馈；对内与销售、技术、财务等部门沟通，对外管理外包供应商或团队（智联招聘上的一则启事）。项目经理打交道的是项目团队成员、公司内部各部门、高层管理人员、外部供应商和客户代表等相关方，并要与上级领导保持沟通（Worktile）。'),
    (32, 'en', 'Who does each answer to, and who do they work with?',
     'The call-center project manager is the client''s main contact, reporting progress to the client regularly and gathering feedback; inside the company they work with sales, technical and finance departments, and outside it they manage the outsourcing vendor or team (a job ad on Zhaopin). The project manager works with stakeholders such as team members, other departments, senior management, outside suppliers and client representatives, and keeps their own superiors informed (Worktile).'),
    (33, 'zh-CN', '两者的考核有什么不同？',
     '呼叫中心项目经理要确保外包团队的产出符合约定的质量标准和 SLA（智联招聘上的一则启事），管控外包客服的服务质量、响应效率和绩效达成，并兼顾效果与成本（ckhr.com）；对一些外包呼叫中心来说，服务水平不达标可能招致罚款，甚至丢掉合同（Fonolo）。项目经理的考核看项目的整体目标：是否按期完成、是否控制在预算内、质量是否达标、风险控制得如何，以及相关方是否满意（Worktile）。'),
    (33, 'en', 'How is each one measured?',
     'The call-center project manager must see that the outsourced team''s work meets the agreed quality standards and the SLA (a job ad on Zhaopin), keep the outsourced agents'' service quality, speed of response and results on target, and weigh results against cost (ckhr.com); for some outsourced call centers a missed service level can bring financial penalties or even the loss of the contract (Fonolo). The project manager is judged on the project''s overall goals: finishing on schedule, staying within budget, meeting quality standards, controlling risk and satisfying stakeholders (Worktile).'),
    (34, 'zh-CN', '怎样走上这两个岗位？',
     '在 1330.cn 列出的阶梯上，呼叫中心项目经理由组长晋升而来；外聘时，智联招聘上的一则启事要求本科及以上学历、两年以上服务外包或 BPO 领域的项目管理、协调或助理经验，并熟悉 PMBOK 或敏捷。美国劳工统计局（BLS）则指出，项目管理专员通常需要本科学历，认证并非总是必需，但可能有帮助。'),
    (34, 'en', 'How do people get into each job?',
     'On the ladder 1330.cn lists, call-center project managers are promoted from team leader; for outside hires, a job ad on Zhaopin asks for a bachelor''s degree or higher, at least two years of project management, coordination or assistant work in service outsourcing or BPO, and familiarity with PMBOK or Agile. The U.S. Bureau of Labor Statistics (BLS) says project management specialists typically need a bachelor''s degree, and that certification is not always required but may help.');

insert into faq_source (faq_id, source_id, position) values
    (31, 6, 1),
    (31, 8, 2),
    (31, 9, 3),
    (31, 1, 4),
    (31, 7, 5),
    (32, 8, 1),
    (32, 1, 2),
    (33, 8, 1),
    (33, 9, 2),
    (33, 106, 3),
    (33, 1, 4),
    (34, 6, 1),
    (34, 8, 2),
    (34, 111, 3);

update content_revision set revision = revision + 1, changed_at = current_timestamp where id = 1;
