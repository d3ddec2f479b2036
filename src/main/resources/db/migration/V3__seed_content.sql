-- RoleCompare seed content: call-center agent vs project manager, in zh-CN and en.
-- Facts from the Worktile article (source 1) and the pages listed as sources 4-14; O*NET titles from the
-- O*NET 29.3 rows of V2__onet_reference.sql (1021 = 43-4051.00, 1009 = 13-1082.00). Every sentence is written
-- for this site. docs/content-coverage.md maps each fact of the article to the row that carries it.
-- role_point ids: role_id * 1000 + dimension_id * 100 + (0 for zh-CN, 50 for en) + position.
-- The article compares a call center (an organization) with a project manager (a person); points that give the
-- center's duties say so, and the agent's own duties are those a single agent carries out.

-- Sources (ids 1-99 belong to this file; a point cites the one source that says it)
insert into source (id, source_key, title, publisher, url, published_year, accessed_on) values
    (1, 'worktile-3937150', '呼叫中心与项目经理区别', 'Worktile 知识库', 'https://worktile.com/kb/p/3937150', NULL, DATE '2026-11-27'),
    (4, 'esco-isco-4222', 'ISCO-08 4222 Contact centre information clerks', 'ESCO, European Commission', 'https://esco.ec.europa.eu/en/classification/occupation?uri=http://data.europa.eu/esco/isco/C4222', NULL, DATE '2026-11-27'),
    (5, 'renrendoc-cn-ocd-4-04-05-03', '呼叫中心服务员国家职业技能标准（2021年版）', '人人文库（renrendoc.com）转载；标准由人力资源社会保障部、工业和信息化部发布', 'https://www.renrendoc.com/paper/207433183.html', 2021, DATE '2026-11-27'),
    (6, '1330cn-1858711', '呼叫中心坐席的职业发展空间', '1330.cn', 'http://m.1330.cn/zhishi/1858711.html', NULL, DATE '2026-11-27'),
    (7, 'hollycrm-faq-1378', '呼叫中心职业发展路径', 'HollyCRM (hollycrmcloud.com)', 'https://hollycrmcloud.com/docs/faq/1378.html', NULL, DATE '2026-11-27'),
    (8, 'zhaopin-cc588879630j40881801415', '项目经理（服务外包）招聘启事', '智联招聘（zhaopin.com）', 'http://www.zhaopin.com/jobdetail/CC588879630J40881801415.htm', NULL, DATE '2026-11-28'),
    (9, 'ckhr-cs-outsourcing-pm', '远程客服外包项目经理：统筹跨方协同，赋能外包服务价值最大化', 'ckhr.com', 'https://ckhr.com/customer-service-outsourcing-project-manager', NULL, DATE '2026-11-28'),
    (10, 'pmi-what-is-project-management', 'What is Project Management?', 'Project Management Institute (PMI)', 'https://www.pmi.org/about/learn-about-pmi/what-is-project-management', NULL, DATE '2026-11-28'),
    (11, 'eurostat-ramon-isco-08', 'International Standard Classification of Occupations, 2008 (ISCO-08)', 'Eurostat RAMON, European Commission', 'http://ec.europa.eu/eurostat/ramon/nomenclatures/index.cfm?TargetUrl=LST_NOM_DTL&StrNom=CL_ISCO08&StrLanguageCode=EN&IntPcKey=&StrLayoutCode=HIERARCHIC', NULL, DATE '2026-11-28'),
    (12, 'mogufr-736034', '什么叫话务员', 'mogufr.com', 'https://www.mogufr.com/shujy/202510/736034.html', 2025, DATE '2026-11-28'),
    (13, 'offcenter-service-level', 'Service Level: The Indispensable Call Center Accessibility Metric', 'Off Center (offcenterinsight.com)', 'http://www.offcenterinsight.com/off-center-blog/service-level-the-indispensable-call-center-accessibility-metric', NULL, DATE '2026-11-28'),
    (14, 'pingcode-baike-102814', '项目经理可以叫什么名字', 'PingCode 智库', 'https://docs.pingcode.com/baike/102814', NULL, DATE '2026-11-28');

-- Families of the catalog
insert into role_family (id, family_key, position) values
    (1, 'customer-service', 1),
    (2, 'sales-marketing', 2),
    (3, 'projects-operations', 3),
    (4, 'analysis-technology', 4),
    (5, 'people-administration', 5);

insert into role_family_text (family_id, locale, name, description) values
    (1, 'zh-CN', '客户服务', '在一线接待客户、解决问题，以及带领和管理客服团队的岗位。'),
    (1, 'en', 'Customer service', 'Jobs that serve customers on the front line, and the jobs that lead and run service teams.'),
    (2, 'zh-CN', '销售与市场', '寻找客户、达成销售，以及规划市场和销售工作的岗位。'),
    (2, 'en', 'Sales and marketing', 'Jobs that find customers and close sales, and the jobs that plan marketing and sales.'),
    (3, 'zh-CN', '项目与运营', '把一次性的项目做成，或让持续的业务平稳运转的岗位。'),
    (3, 'en', 'Projects and operations', 'Jobs that deliver one-off projects, and jobs that keep an ongoing operation running.'),
    (4, 'zh-CN', '分析与技术', '用数据、系统和软件解决业务问题的岗位。'),
    (4, 'en', 'Analysis and technology', 'Jobs that solve business problems with data, systems and software.'),
    (5, 'zh-CN', '人力与行政', '招聘、培养和管理人员，以及支撑组织日常运转的岗位。'),
    (5, 'en', 'People and administration', 'Jobs that hire, develop and look after people, and keep an organization''s daily running supported.');

-- Roles: the O*NET occupation whose figures describe each one, and whose skill ratings are shown
-- (13-1082.00 has none: 15-1299.09 stands in, labelled as such on the pages).
insert into role (id, slug, position, family_id, onet_code, onet_match, ratings_code) values
    (1, 'call-center-agent', 1, 1, '43-4051.00', 'exact', '43-4051.00'),
    (2, 'project-manager', 1, 3, '13-1082.00', 'exact', '15-1299.09');

insert into role_text (role_id, locale, name, description) values
    (1, 'zh-CN', '呼叫中心客服专员',
     '作为企业联系客户的第一线，呼叫中心客服专员解答咨询、处理投诉、记录反馈，渠道包括电话、在线聊天和电子邮件。工作按既定流程和统一标准开展，考核看重服务质量、响应速度和客户满意度。'),
    (1, 'en', 'Call-center agent',
     'As the company''s front line with its customers, call-center agents answer questions, handle complaints and record feedback, by phone, online chat and email. The work follows set procedures and uniform standards, and it is judged on service quality, speed of response and customer satisfaction.'),
    (2, 'zh-CN', '项目经理',
     '项目的进度、成本、质量和风险，从启动到收尾都由项目经理把控；他要确定目标、制定计划、组建团队、调配资源。他们在团队成员、各部门、管理层、供应商和客户之间居中协调，力求项目按时、按预算交付预期成果。'),
    (2, 'en', 'Project manager',
     'From initiation to closing, a project manager keeps a project''s schedule, cost, quality and risk under control, and sets its goals, plans the work, builds the team and allocates resources. They coordinate between team members, departments, senior management, suppliers and the client so that the project delivers what it promised, on time and on budget.');

-- Titles people also use. Chinese: names used on the pages cited; English: O*NET 29.3 reported titles
-- (43-4051.00) and alternate titles (13-1082.00 has no reported titles in 29.3).
insert into role_title (role_id, locale, position, title, source_id) values
    (1, 'zh-CN', 1, '坐席', 6),
    (1, 'zh-CN', 2, '客服代表', 7),
    (1, 'zh-CN', 3, '话务员', 12),
    (1, 'zh-CN', 4, '呼叫中心服务员', 5),
    (1, 'en', 1, 'Customer service representative (CSR)', 1021),
    (1, 'en', 2, 'Call center representative', 1021),
    (1, 'en', 3, 'Customer care representative', 1021),
    (1, 'en', 4, 'Customer support representative', 1021),
    (1, 'en', 5, 'Customer service agent', 1021),
    (2, 'zh-CN', 1, '项目负责人', 14),
    (2, 'zh-CN', 2, '项目主管', 14),
    (2, 'en', 1, 'Project management specialist', 1009),
    (2, 'en', 2, 'Project delivery manager', 1009),
    (2, 'en', 3, 'Technical project manager', 1009),
    (2, 'en', 4, 'Implementation project manager', 1009);

-- Official occupation codes; titles stay in each classification's own language.
insert into occupation_code (id, role_id, position, scheme, code, title, source_id) values
    (2, 1, 2, 'isco-08', '4222', 'Contact centre information clerks', 4),
    (3, 1, 3, 'cn-ocd', '4-04-05-03', '呼叫中心服务员', 5);

-- Facts beyond the article, each with the one source that says it.
insert into role_fact (id, role_id, position, source_id) values
    (1, 1, 1, 5),
    (5, 2, 1, 10),
    (3, 2, 2, 6),
    (6, 2, 3, 8),
    (7, 2, 4, 9);

insert into role_fact_text (fact_id, locale, body) values
    (1, 'zh-CN',
     '呼叫中心服务员国家职业技能标准（2021年版）由人社部和工信部发布，引用的《国家职业分类大典》编码为 4-04-05-03，设五级、四级、三级三个等级（五级为入门级；国家职业技能等级从五级到一级，一级最高）。本站读到的是文档分享网站人人文库上的转载文本。'),
    (1, 'en',
     'China''s national skill standard for call-center service workers (呼叫中心服务员), 2021 edition, was issued by MOHRSS (the Ministry of Human Resources and Social Security) and MIIT (the Ministry of Industry and Information Technology). It gives the occupation''s code in the national occupational classification as 4-04-05-03 and sets three levels: level 5, the entry level, then levels 4 and 3 (China''s national skill levels run from level 5 up to level 1, the highest). We read the standard as reproduced on renrendoc.com, a document-sharing site.'),
    (5, 'zh-CN',
     '本站说的项目经理，指通用项目管理意义上的项目经理，即带领团队完成一个项目的人。按照 PMI 的说明，项目是有开始、有结束的临时性工作，目的是创造独特的产品、服务或成果。'),
    (5, 'en',
     'On this site, a project manager is a project manager in the general sense: the person who leads a team through a project. As PMI describes it, a project is a temporary effort, with a beginning and an end, to create a unique product, service or result.'),
    (3, 'zh-CN',
     '同名不同职：国内呼叫中心的晋升阶梯里也有“项目经理”一级。1330.cn 一篇谈上市公司呼叫中心坐席发展空间的文章，列出的路线是坐席 → 组长 → 项目经理 → 经理 → 总监。这是呼叫中心内部的管理职级，不是本页介绍的项目经理。'),
    (3, 'en',
     'Same name, different job: Chinese call centers also have a 项目经理 (literally "project manager") rung on their own ladder. A 1330.cn article on the prospects of agents in call centers of listed companies gives the ladder as agent → team leader → project manager → manager → director. That is a management rank inside the call center, not the role described on this page.'),
    (6, 'zh-CN',
     '在服务外包（BPO）行业，“项目经理”也指某个客户外包项目的负责人。智联招聘上的一则招聘启事要求此人作为客户的主要对接人，参与制定工作说明书（SOW）和服务水平协议（SLA），管理外包供应商或团队，并有两年以上服务外包、BPO 或相关领域的项目管理、项目协调或项目助理经验。'),
    (6, 'en',
     'In service outsourcing (BPO), 项目经理 also means the person in charge of one client''s outsourced project. A job ad on zhaopin.com asks this person to be the client''s main contact, help draw up the statement of work (SOW) and service-level agreement (SLA), manage the outsourcing suppliers or team, and bring two or more years of experience in project management, project coordination or as a project assistant in service outsourcing, BPO or a related field.'),
    (7, 'zh-CN',
     '客服外包中还有“客服外包项目经理”：据 ckhr.com 的岗位介绍，这一岗位在企业与外包服务商之间统筹，管控外包客服的服务质量、响应效率和绩效，兼顾服务效果与成本。'),
    (7, 'en',
     'Customer-service outsourcing also has a customer-service outsourcing project manager. According to a job profile on ckhr.com, this person sits between the company and the outsourcing provider and oversees the outsourced agents'' service quality, response times and performance, balancing results against cost.');

-- Dimensions
insert into dimension (id, dim_key, position) values
    (1, 'responsibilities', 1),
    (2, 'daily-work', 2),
    (3, 'skills', 3),
    (4, 'kpis', 4),
    (5, 'works-with', 5),
    (6, 'career-path', 6);

insert into dimension_text (dimension_id, locale, name, explanation) values
    (1, 'zh-CN', '职能职责', '这个岗位为什么存在：对什么负责，承担哪些核心职责。'),
    (1, 'en', 'Responsibilities', 'What the role is accountable for: the core duties it exists to carry out.'),
    (2, 'zh-CN', '工作内容', '一个普通工作日里实际要做的事，以及工作是怎样安排和推进的。'),
    (2, 'en', 'Daily work', 'What an ordinary working day involves, and how the work is organized and moved along.'),
    (3, 'zh-CN', '所需技能', '胜任这份工作需要具备的能力、知识和工具。'),
    (3, 'en', 'Skills', 'The abilities, knowledge and tools needed to do the job well.'),
    (4, 'zh-CN', '考核指标', '用哪些指标衡量工作表现，考核侧重什么。'),
    (4, 'en', 'Performance metrics', 'How performance is measured: which metrics are used and what the assessment emphasizes.'),
    (5, 'zh-CN', '工作对象', '日常要和哪些人打交道，需要维护怎样的关系。'),
    (5, 'en', 'Who they work with', 'The people the role deals with every day, and the relationships it has to keep up.'),
    (6, 'zh-CN', '职业发展路径', '常见的晋升台阶，以及这条路线有什么特点。'),
    (6, 'en', 'Career path', 'The usual steps up from the role, and what kind of path it is.');

-- Role points: one ordered list per role, dimension and locale; zh-CN and en carry the same facts in the same
-- order, and the point at each position cites the same source in both languages.
-- call-center-agent / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1101, 1, 1, 'zh-CN', 1, '企业联系客户的第一线',
     '工作的重心是服务质量和客户满意度，而这一切都在代表企业与客户的直接往来中完成。', 1),
    (1102, 1, 1, 'zh-CN', 2, '通过电话、在线聊天和电子邮件服务客户',
     '无论客户从哪个渠道联系进来，都要在那里接待，及时给出有用的答复。', 1),
    (1103, 1, 1, 'zh-CN', 3, '接听来电，解答咨询，介绍产品',
     '客户对产品和服务有疑问，客服专员负责解答，需要时给出建议。', 1),
    (1104, 1, 1, 'zh-CN', 4, '受理投诉和建议，跟进处理',
     '客户的投诉和建议先由客服专员接下，再推动处理，直到有个结果。', 1),
    (1105, 1, 1, 'zh-CN', 5, '记录每次接触，转交解决不了的问题',
     '客户的咨询、投诉和意见，连同处理经过，都要记录在案；自己解决不了的，转给指定的部门继续处理。', 1021),
    (1106, 1, 1, 'zh-CN', 6, '满意度调查和需求分析归呼叫中心',
     '开展满意度调查、分析客户需求的变化、向公司决策层提供客户反馈数据，是呼叫中心作为一个组织的职责，不是某一位客服专员的个人任务；客服专员记下的反馈，是这些工作的原始材料。', 1),
    (1107, 1, 1, 'zh-CN', 7, '最终目的：服务更好，客户关系管理更到位',
     '呼叫中心的这些工作，是为了帮企业不断提高客户服务质量，把客户关系管理得更好。', 1);
-- call-center-agent / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1151, 1, 1, 'en', 1, 'The company''s front line with its customers',
     'Service quality and customer satisfaction are the focus, and agents pursue them in direct dealings with customers on the company''s behalf.', 1),
    (1152, 1, 1, 'en', 2, 'Serves customers by phone, online chat and email',
     'Whatever channel a customer uses, the agent picks the contact up there and aims to give a timely, useful answer.', 1),
    (1153, 1, 1, 'en', 3, 'Takes calls, answers questions and explains products',
     'When customers have questions about the company''s products and services, the agent answers them and gives advice where it helps.', 1),
    (1154, 1, 1, 'en', 4, 'Takes complaints and suggestions and follows them up',
     'The agent takes each complaint or suggestion and pushes it along until it has been dealt with.', 1),
    (1155, 1, 1, 'en', 5, 'Logs every contact and passes on what they cannot resolve',
     'Each question, complaint or comment is written up together with what was done about it; problems the agent cannot resolve go to the department responsible for them.', 1021),
    (1156, 1, 1, 'en', 6, 'Surveys and needs analysis belong to the call center',
     'Running satisfaction surveys, analyzing how customer needs change and giving the company''s decision-makers data from customer feedback are duties of the call center as an organization, not tasks of any one agent. What agents record from their contacts is the raw material for this work.', 1),
    (1157, 1, 1, 'en', 7, 'The aim: better service and better customer-relationship management',
     'The call center''s work is meant to help the company keep improving its customer service and manage its customer relationships better.', 1);

-- call-center-agent / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1201, 1, 2, 'zh-CN', 1, '接听电话，在线接待客户',
     '客户打来的电话和发来的在线咨询，都要及时接起、及时回复。', 1),
    (1202, 1, 2, 'zh-CN', 2, '记录客户信息',
     '把客户资料和沟通内容准确记下来，方便后续跟进。', 1),
    (1203, 1, 2, 'zh-CN', 3, '解决客户问题，处理投诉',
     '遇到投诉按流程处理；客户提出的其他问题，也要给出解决办法。', 1),
    (1204, 1, 2, 'zh-CN', 4, '回访客户',
     '除了等客户打进来，客服专员还要主动联系客户做回访。', 1),
    (1205, 1, 2, 'zh-CN', 5, '收集客户意见',
     '客服专员把客户的意见和建议收集上来；从中分析需求的变化趋势，是呼叫中心层面的工作。', 1),
    (1206, 1, 2, 'zh-CN', 6, '在固定工位上，按标准流程工作',
     '为了让服务前后一致、保持高效，客服专员通常在安排好的固定工位上，按既定流程和标准化的做法处理问题；整体看，工作流程比较固定。', 1),
    (1207, 1, 2, 'zh-CN', 7, '参加定期培训',
     '为了让整体服务水平更上一层，呼叫中心会定期给员工培训服务技能和沟通技巧。', 1);
-- call-center-agent / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1251, 1, 2, 'en', 1, 'Answers phone calls and online chats',
     'Incoming calls and online chat messages both need a prompt response.', 1),
    (1252, 1, 2, 'en', 2, 'Logs customer details',
     'Customer details and what was discussed are recorded accurately so that anyone can follow up later.', 1),
    (1253, 1, 2, 'en', 3, 'Solves customers'' problems and handles complaints',
     'Complaints are handled according to procedure, and the other problems customers raise also need a fix.', 1),
    (1254, 1, 2, 'en', 4, 'Makes follow-up calls to customers',
     'Besides waiting for customers to call, agents also contact them to follow up.', 1),
    (1255, 1, 2, 'en', 5, 'Collects customers'' comments',
     'Agents gather customers'' comments and suggestions; analyzing them for trends in customer needs is work for the call center as a whole.', 1),
    (1256, 1, 2, 'en', 6, 'Works at an assigned workstation, by standard procedures',
     'To keep the service consistent and efficient, agents usually work at an assigned workstation and handle issues by set, standardized procedures; the workflow as a whole changes little.', 1),
    (1257, 1, 2, 'en', 7, 'Takes part in regular training',
     'To lift the overall level of service, the call center regularly trains its agents in service skills and communication.', 1);

-- call-center-agent / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1301, 1, 3, 'zh-CN', 1, '出色的沟通能力',
     '解决客户的问题靠两头功夫：耐心听清客户要什么，再把信息讲得清楚、准确。', 1),
    (1302, 1, 3, 'zh-CN', 2, '服务意识和客服技巧',
     '想让客户满意，就要站在客户的角度，对他们的需求做出迅速、有效的回应。', 1),
    (1303, 1, 3, 'zh-CN', 3, '情绪管理能力',
     '始终保持积极、专业的态度，即使面对投诉和冲突，也能稳住情绪、妥善处理。', 1),
    (1304, 1, 3, 'zh-CN', 4, '熟悉企业的产品和服务',
     '客户的疑问要很快答上来，前提是对企业的产品或服务了如指掌。', 1),
    (1305, 1, 3, 'zh-CN', 5, '会用电脑，熟练操作客服系统',
     '熟练使用客户服务系统是必备技能，前提是会基本的电脑操作。', 1);
-- call-center-agent / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1351, 1, 3, 'en', 1, 'Strong communication skills',
     'Solving a customer''s problem takes two things: listening patiently to what they need, and explaining things clearly and accurately.', 1),
    (1352, 1, 3, 'en', 2, 'A service mindset and customer-service skills',
     'Customers end up satisfied when agents see things their way and respond to what they need quickly and effectively.', 1),
    (1353, 1, 3, 'en', 3, 'Keeping emotions in check',
     'Agents stay positive and professional throughout, keeping calm and handling complaints and conflicts well.', 1),
    (1354, 1, 3, 'en', 4, 'Knows the company''s products and services',
     'Answering customers quickly depends on knowing the company''s products or services well.', 1),
    (1355, 1, 3, 'en', 5, 'Computer basics and fluency with the customer-service system',
     'Using the customer-service system fluently is a must, and it starts with basic computer skills.', 1);

-- call-center-agent / kpis / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1401, 1, 4, 'zh-CN', 1, '客户满意度',
     '客户对服务的整体评价，直接体现客户体验的好坏。', 1),
    (1402, 1, 4, 'zh-CN', 2, '问题解决率',
     '客户提出的问题中，真正得到解决的比例。', 1),
    (1403, 1, 4, 'zh-CN', 3, '首次接通率',
     '客户第一次拨打服务热线就能接通的比例。', 1),
    (1404, 1, 4, 'zh-CN', 4, '接通类指标看的是排班，不是个人',
     '衡量热线好不好打进来，呼叫中心常用服务水平：设定秒数内接起的来电所占比例，80/20（20 秒内接起 80%）较常见，但并非行业标准。这类指标取决于人手和排班跟不跟得上来电量，衡量的是整条热线，而不是某一位客服专员。', 13),
    (1405, 1, 4, 'zh-CN', 5, '平均通话时长',
     '每通电话平均用时多久，用来衡量服务效率。', 1),
    (1406, 1, 4, 'zh-CN', 6, '服务质量评分',
     '对服务过程的质量进行打分。', 1),
    (1407, 1, 4, 'zh-CN', 7, '投诉处理效率',
     '投诉能否被快速、妥善地处理完毕。', 1),
    (1408, 1, 4, 'zh-CN', 8, '多看数字，过程与结果并重',
     '考核通常靠可量化的数据：既查服务有没有按规范走，也看服务有没有实效。企业用这些数字衡量整个呼叫中心的服务质量、客户体验和效率，再据此改进服务。', 1);
-- call-center-agent / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1451, 1, 4, 'en', 1, 'Customer satisfaction',
     'How customers rate the service overall, a direct reflection of their experience.', 1),
    (1452, 1, 4, 'en', 2, 'Resolution rate',
     'The share of customers'' problems that actually get solved.', 1),
    (1453, 1, 4, 'en', 3, 'First-attempt answer rate',
     'The share of callers who get through the first time they call the service line.', 1),
    (1454, 1, 4, 'en', 4, 'Answer metrics measure staffing, not one agent',
     'Call centers gauge how easy the line is to reach with service level: the share of calls answered within a set number of seconds, where 80/20 (80% within 20 seconds) is common but not an industry standard. Such figures depend on whether staffing keeps up with call volume, so they measure the whole line rather than any one agent.', 13),
    (1455, 1, 4, 'en', 5, 'Average talk time',
     'How long a call lasts on average, used as a measure of efficiency.', 1),
    (1456, 1, 4, 'en', 6, 'Service quality score',
     'A score given to the quality of the service delivered.', 1),
    (1457, 1, 4, 'en', 7, 'Complaint-handling efficiency',
     'How quickly and properly complaints are resolved.', 1),
    (1458, 1, 4, 'en', 8, 'Mostly numbers; process and results both count',
     'Assessment usually rests on figures that check both whether the service followed the set process and whether it was effective. The company uses them to gauge the whole call center''s service quality, customer experience and efficiency, and to improve the service.', 1);

-- call-center-agent / works-with / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1501, 1, 5, 'zh-CN', 1, '企业的客户群体',
     '客服专员服务的对象，主要是企业自己的客户。', 1),
    (1502, 1, 5, 'zh-CN', 2, '客户可能来自各行各业、各个地区',
     '他们的需求和遇到的问题各不相同，需要分别对待。', 1),
    (1503, 1, 5, 'zh-CN', 3, '持续沟通，及时回应',
     '满意度靠的是一次次及时的回应：客户提出需求就尽快响应，遇到问题就帮着解决，平时保持沟通。', 1),
    (1504, 1, 5, 'zh-CN', 4, '提升客户忠诚度，塑造品牌形象',
     '企业的品牌形象，和客户愿不愿意留下来一样，最终都取决于服务做得好不好。', 1);
-- call-center-agent / works-with / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1551, 1, 5, 'en', 1, 'The company''s customers',
     'The people agents serve are mainly the company''s own customers.', 1),
    (1552, 1, 5, 'en', 2, 'Customers may come from many industries and regions',
     'Their needs and problems vary, so each has to be handled on its own terms.', 1),
    (1553, 1, 5, 'en', 3, 'Keeps in touch and responds quickly',
     'Satisfaction comes from prompt answers, one contact after another: agents respond quickly when customers need something, help solve their problems and stay in touch.', 1),
    (1554, 1, 5, 'en', 4, 'Builds customer loyalty and the brand''s image',
     'Both the brand''s image and customer loyalty come down, in the end, to good service.', 1);

-- call-center-agent / career-path / zh-CN (ladders differ between employers: 1-5 the article's, 6 and 7 two others)
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1601, 1, 6, 'zh-CN', 1, '客服专员',
     '职业起点，也就是本页介绍的一线客服岗位。', 1),
    (1602, 1, 6, 'zh-CN', 2, '客服主管',
     NULL, 1),
    (1603, 1, 6, 'zh-CN', 3, '客服经理',
     NULL, 1),
    (1604, 1, 6, 'zh-CN', 4, '客户服务总监',
     NULL, 1),
    (1605, 1, 6, 'zh-CN', 5, '一条围绕客户服务的稳定路线',
     '晋升靠的是管理能力和客服专业水平的不断提高；整条路线相对稳定，变化不大。', 1),
    (1606, 1, 6, 'zh-CN', 6, '晋升台阶因企业而异',
     '1330.cn 一篇谈上市公司呼叫中心的文章给出的路线是坐席 → 组长 → 项目经理 → 经理 → 总监。这里的“项目经理”是呼叫中心内部的一级，不是本站比较的项目经理。', 6),
    (1607, 1, 6, 'zh-CN', 7, '也有路线里没有“项目经理”这一级',
     'HollyCRM 描述的路线从初级、中级到高级客服代表，再到客服团队管理、客户关系管理、业务拓展与支持，然后是呼叫中心经理和总监。', 7);
-- call-center-agent / career-path / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1651, 1, 6, 'en', 1, 'Call-center agent',
     'The starting point: the front-line job described on this page.', 1),
    (1652, 1, 6, 'en', 2, 'Customer service supervisor',
     NULL, 1),
    (1653, 1, 6, 'en', 3, 'Customer service manager',
     NULL, 1),
    (1654, 1, 6, 'en', 4, 'Customer service director',
     NULL, 1),
    (1655, 1, 6, 'en', 5, 'A stable path centered on customer service',
     'Promotion rests on steadily better management skills and growing customer-service expertise; the route as a whole is fairly stable.', 1),
    (1656, 1, 6, 'en', 6, 'Ladders differ between employers',
     'A 1330.cn article on call centers in listed companies gives this ladder: agent → team leader → project manager (项目经理) → manager → director. That project manager is a rung inside the call center, not the project manager this site compares.', 6),
    (1657, 1, 6, 'en', 7, 'Some ladders have no project-manager rung',
     'HollyCRM describes a path from junior, mid-level and senior customer service representative to team management, customer-relationship management, and business development and support, then call-center manager and director.', 7);

-- project-manager / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2101, 2, 1, 'zh-CN', 1, '对项目全生命周期负责',
     '项目最终要按时、按质、按量交付；为此，从启动、计划、执行、监控到收尾，每个阶段都由项目经理统筹。', 1),
    (2102, 2, 1, 'zh-CN', 2, '制定项目计划，界定项目范围',
     '明确项目要达成的目标和需求，确定哪些工作属于项目范围。', 1),
    (2103, 2, 1, 'zh-CN', 3, '组建团队，分配资源',
     '人手和其他资源怎么分给各项任务、项目团队由谁组成，都由项目经理安排。', 1),
    (2104, 2, 1, 'zh-CN', 4, '设定里程碑，监控进度',
     '计划一旦偏离就要及时调整，而判断偏离的依据，是事先定下的里程碑和关键时间节点。', 1),
    (2105, 2, 1, 'zh-CN', 5, '编制和管理预算，控制成本',
     '要把成本控制住，先得编好预算，执行中再按预算严格管理。', 1),
    (2106, 2, 1, 'zh-CN', 6, '识别、分析和应对风险',
     '为了让项目平稳实施，项目经理要提前找出可能的风险，评估影响多大，并备好对策。', 1),
    (2107, 2, 1, 'zh-CN', 7, '协调项目内外的沟通与配合',
     '信息要在项目内外顺畅流动，各相关方的预期要得到满足，这靠项目经理在相关人员和部门之间居中协调。', 1),
    (2108, 2, 1, 'zh-CN', 8, '组织验收，总结经验，提交报告',
     '收尾时，项目经理要交出一份项目报告，把这次的经验教训写进去；在此之前，先组织对项目成果的验收。', 1);
-- project-manager / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2151, 2, 1, 'en', 1, 'Owns the project across its whole lifecycle',
     'The project has to be delivered on time, to the required quality and in full; to get there, the project manager runs every phase, from initiation through planning, execution and monitoring to closing.', 1),
    (2152, 2, 1, 'en', 2, 'Plans the project and defines its scope',
     'The project manager pins down the project''s goals and requirements and decides what work is in scope.', 1),
    (2153, 2, 1, 'en', 3, 'Builds the team and allocates resources',
     'How people and other resources are spread across the tasks, and who is on the project team, are the project manager''s call.', 1),
    (2154, 2, 1, 'en', 4, 'Sets milestones and monitors the schedule',
     'The plan is adjusted as soon as the work drifts from it, and the milestones and key dates fixed in advance are what show the drift.', 1),
    (2155, 2, 1, 'en', 5, 'Sets and manages the budget, controls cost',
     'Keeping costs under control starts with drawing up the budget, then managing spending strictly against it.', 1),
    (2156, 2, 1, 'en', 6, 'Identifies, analyzes and responds to risks',
     'For the project to run smoothly, the project manager finds possible risks early, sizes up their impact and prepares a response.', 1),
    (2157, 2, 1, 'en', 7, 'Coordinates people and departments inside and outside the project',
     'Information has to flow freely inside and outside the project, and stakeholders'' expectations have to be met; the project manager makes that happen by coordinating the people and departments involved.', 1),
    (2158, 2, 1, 'en', 8, 'Organizes acceptance, records lessons learned and submits the report',
     'At closing, the project manager submits a project report that captures the lessons learned, after arranging for the deliverables to be reviewed and accepted.', 1);

-- project-manager / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2201, 2, 2, 'zh-CN', 1, '制定详细的项目计划',
     '项目经理的日常工作比呼叫中心更多样，也更复杂多变，讲究计划、组织和控制；一切从一份细致的计划开始。', 1),
    (2202, 2, 2, 'zh-CN', 2, '组织项目启动会',
     '项目目标是什么、每个人负责什么，要在启动会上讲清楚。', 1),
    (2203, 2, 2, 'zh-CN', 3, '分配资源，协调各部门',
     '任务要靠各部门共同完成：项目经理协调各部门，并把资源分配到位。', 1),
    (2204, 2, 2, 'zh-CN', 4, '定期开会，跟踪进度',
     '通过例会掌握各项工作的进展，及早发现问题。', 1),
    (2205, 2, 2, 'zh-CN', 5, '控制预算，监督质量',
     '出现问题要及时发现、及时解决；平时则盯住开支，监督质量。', 1),
    (2206, 2, 2, 'zh-CN', 6, '管理项目风险',
     '为可能出现的风险提前备好应对措施，项目才能顺利推进；前提是尽早把风险识别出来。', 1),
    (2207, 2, 2, 'zh-CN', 7, '组织验收，撰写总结报告',
     '项目总结报告由项目经理执笔，验收也由他在收尾阶段组织。', 1),
    (2208, 2, 2, 'zh-CN', 8, '分享经验教训',
     '以后的项目能少走弯路，靠的是把这次的得与失分享出来。', 1);
-- project-manager / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2251, 2, 2, 'en', 1, 'Draws up a detailed project plan',
     'A project manager''s day is more varied than work in a call center, and more complex and changeable; it stresses planning, organizing and control, and it all starts from a detailed plan.', 1),
    (2252, 2, 2, 'en', 2, 'Runs the kickoff meeting',
     'What the project is for and who does what are made clear at the kickoff meeting.', 1),
    (2253, 2, 2, 'en', 3, 'Allocates resources and coordinates departments',
     'Tasks need departments working together: the project manager coordinates them and puts resources where they are needed.', 1),
    (2254, 2, 2, 'en', 4, 'Holds regular meetings to track progress',
     'Regular meetings show how each piece of work is going and bring problems to light early.', 1),
    (2255, 2, 2, 'en', 5, 'Keeps the budget and quality under control',
     'Problems are caught and fixed as soon as they appear; day to day, spending and quality are watched closely.', 1),
    (2256, 2, 2, 'en', 6, 'Manages project risks',
     'Having responses ready for possible risks keeps the project moving, and that depends on spotting the risks early.', 1),
    (2257, 2, 2, 'en', 7, 'Organizes acceptance and writes the closing report',
     'The project manager writes the project''s summary report and, in the closing stage, organizes acceptance.', 1),
    (2258, 2, 2, 'en', 8, 'Shares lessons learned',
     'Later projects go more smoothly when what went well and what did not is shared.', 1);

-- project-manager / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2301, 2, 3, 'zh-CN', 1, '扎实的项目管理知识',
     '专业的项目管理知识是基础；在此之上，项目经理需要的技能组合也更全面。', 1),
    (2302, 2, 3, 'zh-CN', 2, '熟悉常用的项目管理工具',
     '预算管理方法、风险管理矩阵、网络计划、甘特图和工作分解结构（WBS）等，都要用得熟练。', 1),
    (2303, 2, 3, 'zh-CN', 3, '计划与组织能力',
     '能把复杂的工作拆成可执行的计划，并把人和事组织起来。', 1),
    (2304, 2, 3, 'zh-CN', 4, '能带好团队',
     '团队要高效协作，离不开清楚的分工和对成员的激励。', 1),
    (2305, 2, 3, 'zh-CN', 5, '沟通与协调能力',
     '无论面对上级领导、客户还是其他相关方，都能保持顺畅的沟通。', 1),
    (2306, 2, 3, 'zh-CN', 6, '风险管控能力',
     '对风险保持敏感，能在问题扩大之前把它控制住。', 1),
    (2307, 2, 3, 'zh-CN', 7, '遇到问题能拿出办法',
     '能拿出真正管用的对策，靠的是问题一冒头就察觉，并把它分析清楚。', 1);
-- project-manager / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2351, 2, 3, 'en', 1, 'Solid project-management knowledge',
     'Professional project-management knowledge is the foundation, and on top of it project managers need a broader set of skills than front-line staff do.', 1),
    (2352, 2, 3, 'en', 2, 'Knows the standard project-management tools',
     'Budget-management methods, risk matrices, network diagrams (critical path), Gantt charts and the work breakdown structure (WBS) all need to be second nature.', 1),
    (2353, 2, 3, 'en', 3, 'Planning and organizing',
     'The ability to turn complex work into a plan that can be carried out, and to organize the people and tasks behind it.', 1),
    (2354, 2, 3, 'en', 4, 'Leading a team',
     'A team works efficiently together when tasks are assigned clearly and its members are motivated.', 1),
    (2355, 2, 3, 'en', 5, 'Communication and coordination',
     'With their own managers, the client and other stakeholders alike, project managers keep communication running smoothly.', 1),
    (2356, 2, 3, 'en', 6, 'Risk control',
     'A sharp eye for risk and the ability to contain it before it grows.', 1),
    (2357, 2, 3, 'en', 7, 'Works problems through to a solution',
     'Fixes that work come from noticing problems as soon as they surface and analyzing them properly.', 1);

-- project-manager / kpis / zh-CN (the article's nine measures in eight points: process and teamwork share one)
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2401, 2, 4, 'zh-CN', 1, '进度：是否按期完成',
     '项目有没有在计划的时间内交付。', 1),
    (2402, 2, 4, 'zh-CN', 2, '成本：是否控制在预算内',
     '实际花费有没有超出预算。', 1),
    (2403, 2, 4, 'zh-CN', 3, '质量：是否达标',
     '交付的成果是否达到预期的质量标准。', 1),
    (2404, 2, 4, 'zh-CN', 4, '风险控制效果',
     '风险有没有被及早发现、有效化解。', 1),
    (2405, 2, 4, 'zh-CN', 5, '相关方满意度',
     '客户、管理层等相关方对项目是否满意。', 1),
    (2406, 2, 4, 'zh-CN', 6, '成果与目标是否契合',
     '做出来的成果，是不是项目当初要实现的目标。', 1),
    (2407, 2, 4, 'zh-CN', 7, '过程管理与团队协作',
     '项目管理的过程本身是否有效，团队成员之间配合得是否顺畅、高效。', 1),
    (2408, 2, 4, 'zh-CN', 8, '综合评价整体管理能力',
     '这些指标合在一起，看的是项目整体是否成功、管理是否到位，是对项目经理整体管理能力的综合评价。', 1);
-- project-manager / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2451, 2, 4, 'en', 1, 'Schedule: delivered on time?',
     'Whether the project was delivered within the planned time.', 1),
    (2452, 2, 4, 'en', 2, 'Cost: kept within budget?',
     'Whether actual spending stayed inside the budget.', 1),
    (2453, 2, 4, 'en', 3, 'Quality: up to standard?',
     'Whether what was delivered meets the expected quality standard.', 1),
    (2454, 2, 4, 'en', 4, 'How well risks were controlled',
     'Whether risks were caught early and dealt with effectively.', 1),
    (2455, 2, 4, 'en', 5, 'Stakeholder satisfaction',
     'Whether the client, management and other stakeholders are satisfied with the project.', 1),
    (2456, 2, 4, 'en', 6, 'Fit between deliverables and project goals',
     'Whether what was produced is what the project set out to achieve.', 1),
    (2457, 2, 4, 'en', 7, 'Process management and teamwork',
     'Whether the project was run through effective management processes, and how smoothly and efficiently the team worked together.', 1),
    (2458, 2, 4, 'en', 8, 'An overall judgment of management ability',
     'Taken together, these measures ask whether the project as a whole succeeded and was well managed, which makes them a rounded assessment of the project manager''s overall ability.', 1);

-- project-manager / works-with / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2501, 2, 5, 'zh-CN', 1, '项目团队成员',
     '项目经理直接带领和协调的人。', 1),
    (2502, 2, 5, 'zh-CN', 2, '企业内部各部门',
     '项目经理要协调各部门之间的配合。', 1),
    (2503, 2, 5, 'zh-CN', 3, '企业高层管理者',
     '项目经理需要与上级领导保持顺畅沟通。', 1),
    (2504, 2, 5, 'zh-CN', 4, '外部供应商',
     NULL, 1),
    (2505, 2, 5, 'zh-CN', 5, '客户代表',
     NULL, 1),
    (2506, 2, 5, 'zh-CN', 6, '协调相关方，平衡各方利益',
     '项目要顺利推进、成功交付，各方利益就得平衡：项目经理协调相关方之间的关系，让信息畅通、资源分配合理。', 1);
-- project-manager / works-with / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2551, 2, 5, 'en', 1, 'Project team members',
     'The people the project manager leads and coordinates directly.', 1),
    (2552, 2, 5, 'en', 2, 'Internal departments',
     'The project manager has to get different departments working together.', 1),
    (2553, 2, 5, 'en', 3, 'Senior management',
     'The project manager keeps communication with senior leaders open.', 1),
    (2554, 2, 5, 'en', 4, 'External suppliers',
     NULL, 1),
    (2555, 2, 5, 'en', 5, 'Client representatives',
     NULL, 1),
    (2556, 2, 5, 'en', 6, 'Balances the interests of all stakeholders',
     'For the project to move forward and be delivered, every party''s interests have to be balanced: the project manager manages relations among stakeholders, keeps information flowing and allocates resources sensibly.', 1);

-- project-manager / career-path / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2601, 2, 6, 'zh-CN', 1, '资深项目经理',
     NULL, 1),
    (2602, 2, 6, 'zh-CN', 2, '项目总监',
     NULL, 1),
    (2603, 2, 6, 'zh-CN', 3, '项目管理办公室（PMO）主任',
     NULL, 1),
    (2604, 2, 6, 'zh-CN', 4, '企业高管',
     '发展顺利的话，甚至可以走上企业高管的岗位。', 1),
    (2605, 2, 6, 'zh-CN', 5, '路线更宽，发展潜力更大',
     '可选的方向更多，但往上走要靠综合管理能力、战略眼光、领导力和项目管理专业水平的不断提高。', 1);
-- project-manager / career-path / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2651, 2, 6, 'en', 1, 'Senior project manager',
     NULL, 1),
    (2652, 2, 6, 'en', 2, 'Project director',
     NULL, 1),
    (2653, 2, 6, 'en', 3, 'Head of the project management office (PMO)',
     NULL, 1),
    (2654, 2, 6, 'en', 4, 'Company executive',
     'Those who go furthest can reach executive positions.', 1),
    (2655, 2, 6, 'en', 5, 'A broader path with more room to grow',
     'There are more directions to take, but progress depends on growing general management ability, strategic thinking, leadership and project-management expertise.', 1);

-- Comparison: call-center-agent (sorts first) vs project-manager; responsibilities differ most.
insert into comparison (id, role_a_id, role_b_id, key_dimension_id, reviewed_on) values
    (1, 1, 2, 1, DATE '2026-11-28');

insert into comparison_text (comparison_id, locale, summary, key_difference) values
    (1, 'zh-CN',
     'Worktile 的原文比较的是呼叫中心这个组织和项目经理这个人，也就是一个入门岗位和一个管理岗位；本站把呼叫中心一方落到一线的客服专员身上，并注明哪些是中心的职能。呼叫中心以客户服务和沟通为主，看重客户体验，也要监控服务质量；项目经理负责计划、进度、资源协调和风险管理，着眼于实现项目目标、控制成本。',
     '两者差别最大的是职能职责：客服专员直接面对客户，对每一次服务接触负责；项目经理要对一个项目从启动到收尾的结果负责，统筹人员、资源、进度、成本和风险。'),
    (1, 'en',
     'The Worktile article behind this comparison sets a call center, an organization, against a project manager, a person: in effect an entry-level job against a managerial one. We describe the call-center side through its front-line agent and say which duties belong to the center itself. A call center serves and talks with customers, with an eye on their experience and on monitoring service quality; a project manager plans, controls the schedule, coordinates resources and manages risk, aiming to meet the project''s goals and control cost.',
     'The biggest gap is in responsibilities: the agent deals directly with customers and answers for each service contact, while the project manager answers for the outcome of a whole project from initiation to closing, balancing people, resources, schedule, cost and risk.');

-- comparison 1 / KEY_DIFFERENCE / zh-CN (about responsibilities only)
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (101, 1, 'KEY_DIFFERENCE', 'zh-CN', 1, '客服专员直接和客户打交道',
     '客服专员的工作就发生在与客户的直接往来之中：解决问题、提供咨询和建议、受理投诉、维护客户关系。', 1),
    (102, 1, 'KEY_DIFFERENCE', 'zh-CN', 2, '调查和汇报是呼叫中心的职能',
     '满意度调查、分析客户需求变化、为公司决策层提供客户反馈数据，原文都列为呼叫中心这个组织的职责，而不是某一位客服专员的。', 1),
    (103, 1, 'KEY_DIFFERENCE', 'zh-CN', 3, '项目经理对项目从头到尾负责',
     '收尾能否成功，取决于前面的启动、计划、执行和监控；这些阶段都在项目经理的职责之内。', 1),
    (104, 1, 'KEY_DIFFERENCE', 'zh-CN', 4, '项目经理定目标、建团队、配资源',
     '各部门之间的配合要由项目经理来协调；在此之前，他先要定下清晰的项目目标，组建团队，分配资源。', 1),
    (105, 1, 'KEY_DIFFERENCE', 'zh-CN', 5, '项目经理盯进度、管风险',
     '风险要识别出来并加以管理，项目进展也要持续监控。', 1),
    (106, 1, 'KEY_DIFFERENCE', 'zh-CN', 6, '工期、质量、范围和成本都要守住',
     '相关方的预期能否满足，要看交付时工期、质量和范围是否同时达标，花费是否守在预算之内。', 1);
-- comparison 1 / KEY_DIFFERENCE / en
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (151, 1, 'KEY_DIFFERENCE', 'en', 1, 'The agent deals with customers directly',
     'Direct contact with customers is where the agent''s work happens: solving problems, giving information and advice, taking complaints and looking after relationships.', 1),
    (152, 1, 'KEY_DIFFERENCE', 'en', 2, 'Surveys and reporting are the call center''s job',
     'Satisfaction surveys, analysis of changing customer needs and feedback data for the company''s decision-makers are all listed in the article as duties of the call center as an organization, not of any one agent.', 1),
    (153, 1, 'KEY_DIFFERENCE', 'en', 3, 'The project manager answers for the whole project',
     'Whether closing succeeds depends on initiation, planning, execution and monitoring, and every one of these phases is the project manager''s responsibility.', 1),
    (154, 1, 'KEY_DIFFERENCE', 'en', 4, 'The project manager sets goals, builds the team and allocates resources',
     'Getting departments to work together falls to the project manager too, once clear goals are set, the team is assembled and resources are allocated.', 1),
    (155, 1, 'KEY_DIFFERENCE', 'en', 5, 'The project manager tracks progress and manages risk',
     'Risks are identified and managed, and progress is monitored throughout.', 1),
    (156, 1, 'KEY_DIFFERENCE', 'en', 6, 'Schedule, quality, scope and cost must all hold',
     'Stakeholders'' expectations are met only if delivery is on time, to the required quality and in full scope at once, with spending kept within budget.', 1);
-- comparison 1 / CONCLUSION / zh-CN (2-6 are our suggestions, marked as such in the text)
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (201, 1, 'CONCLUSION', 'zh-CN', 1, '让合适的人做合适的岗位',
     '原文的结论是：想让整体运营目标顺利实现，企业就要做到人岗匹配，而判断的依据是实际需求和每个岗位的特点。', 1),
    (202, 1, 'CONCLUSION', 'zh-CN', 2, '两种工作，适合不同的人',
     '我们的建议：能在高强度、流程固定的接听工作中保持耐心的人，更适合做客服专员；愿意承担更复杂的任务和更重的责任、擅长统筹的人，更适合做项目经理。依据是原文对两种工作内容和工作环境的描述。', 1),
    (203, 1, 'CONCLUSION', 'zh-CN', 3, '招客服专员：看沟通、耐心和情绪管理',
     '我们建议先看这三项，再看对产品和服务的熟悉程度，以及使用客服系统的能力；这些正是原文列出的客服技能。', 1),
    (204, 1, 'CONCLUSION', 'zh-CN', 4, '招项目经理：看计划、领导和风险管控',
     '我们建议同时考察对项目管理知识和工具（如工作分解结构、甘特图、风险管理矩阵）的掌握，以及协调各方的能力；这些都是原文对项目经理的要求。', 1),
    (205, 1, 'CONCLUSION', 'zh-CN', 5, '两个岗位，各用各的考核指标',
     '我们的建议：客服专员的工作体现在满意度、解决率等量化的服务指标上（接通类指标衡量的则是整条热线）；项目经理看项目整体的进度、成本、质量和相关方满意度。两套指标不宜混用。', 1),
    (206, 1, 'CONCLUSION', 'zh-CN', 6, '别把客服专员默认当作项目经理的后备',
     '我们的建议：两者所需的技能差别很大，原文给出的客服晋升路线也主要在客户服务领域之内。客服专员想转做项目经理，需要另外学习项目管理的知识和工具。', 1),
    (207, 1, 'CONCLUSION', 'zh-CN', 7, '招聘时先看清是哪一种“项目经理”',
     '在服务外包（BPO）行业，项目经理也指某个客户外包项目的负责人：对接客户，参与制定工作说明书（SOW）和服务水平协议（SLA），管理外包团队，智联招聘上的一则招聘启事即是一例。看职位描述，分清要管的是一个客户的外包服务，还是通用意义上的一个项目。', 8);
-- comparison 1 / CONCLUSION / en
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (251, 1, 'CONCLUSION', 'en', 1, 'Match people to jobs',
     'The article''s conclusion: a company reaches its operating goals when the right people hold the right jobs, judged by its actual needs and what each job demands.', 1),
    (252, 1, 'CONCLUSION', 'en', 2, 'Different jobs suit different people',
     'Our suggestion: people who stay patient through demanding, procedure-bound call handling suit the agent''s job; people who want more complex tasks and heavier responsibility, and who are good at pulling things together, suit project management. This rests on the article''s account of the two jobs'' work and working environments.', 1),
    (253, 1, 'CONCLUSION', 'en', 3, 'Hiring agents: look for communication, patience and composure',
     'We suggest weighing these three first, then knowledge of the products and services and skill with the customer-service system: the skills the article lists for the job.', 1),
    (254, 1, 'CONCLUSION', 'en', 4, 'Hiring project managers: look for planning, leadership and risk control',
     'We suggest also checking their command of project-management knowledge and tools, such as the work breakdown structure, Gantt charts and risk matrices, and their ability to coordinate many parties; the article asks all of this of a project manager.', 1),
    (255, 1, 'CONCLUSION', 'en', 5, 'Judge each job by its own metrics',
     'Our suggestion: an agent''s work shows in quantitative service metrics such as satisfaction and resolution rate (answer metrics measure the whole line instead); a project manager''s shows in the project''s overall schedule, cost, quality and stakeholder satisfaction. The two sets should not be mixed up.', 1),
    (256, 1, 'CONCLUSION', 'en', 6, 'Don''t treat agents as project managers in waiting',
     'Our suggestion: the two jobs call for very different skills, and the agent''s career path in the article stays mainly within customer service. An agent who wants to become a project manager has to learn project-management knowledge and tools separately.', 1),
    (257, 1, 'CONCLUSION', 'en', 7, 'Check which kind of project manager a job ad means',
     'In service outsourcing (BPO), project manager can also mean the person in charge of one client''s outsourced project, who deals with the client, helps draw up the statement of work (SOW) and service-level agreement (SLA) and manages the outsourced team; a job ad on zhaopin.com is one example. Read the job description to see whether the job runs one client''s outsourced service or a project in the general sense.', 8);

-- Sources shown on the comparison page besides both roles' own: those of the comparison points.
insert into comparison_source (comparison_id, source_id, position) values
    (1, 1, 1),
    (1, 8, 2);

-- FAQ: site-wide (comparison_id null) and for comparison 1.
insert into faq_entry (id, comparison_id, anchor, position) values
    (1, NULL, 'about-this-site', 1),
    (2, NULL, 'content-sources', 2),
    (3, NULL, 'which-project-manager', 3),
    (4, NULL, 'filter-and-share', 4),
    (5, 1, 'cc-main-function', 1),
    (6, 1, 'pm-role-in-team', 2),
    (7, 1, 'work-environment', 3);

insert into faq_text (faq_id, locale, question, answer) values
    (1, 'zh-CN', 'RoleCompare 是做什么的？',
     'RoleCompare 把两个职位并排放在一起，逐项比较它们的差别。每组对比都按同样的六个维度展开：职能职责、工作内容、所需技能、考核指标、工作对象和职业发展路径，并指出差别最大的地方，以及对人员配备的启示。所有内容都有中文和英文两个版本。'),
    (1, 'en', 'What does RoleCompare do?',
     'RoleCompare puts two jobs side by side and compares them point by point. Every comparison covers the same six dimensions: responsibilities, daily work, skills, performance metrics, who they work with and career path. It also points out where the roles differ most and what that means for staffing. All content is available in Chinese and English.'),
    (2, 'zh-CN', '内容从哪里来？出处怎样注明？',
     '呼叫中心客服专员与项目经理这组对比的事实，主要来自 Worktile 知识库的文章《呼叫中心与项目经理区别》（作者飞飞）；本站用自己的话重写了中英文内容，并链接原文。职业代码来自职业分类：美国的 O*NET 数据库（29.3 版）；国际劳工组织（ILO）制定的国际标准职业分类 ISCO-08，我们引用的是欧盟 ESCO 网站上的条目，ESCO 沿用了这一分类；以及《国家职业分类大典》的编码，见人社部和工信部发布的呼叫中心服务员国家职业技能标准，我们读到的是文档分享网站人人文库上的转载文本。英文职位名称来自 O*NET；中文职位名称和其他事实，来自各页列出的招聘启事、行业文章和专业机构网页。每个页面都列出所用的来源及链接。'),
    (2, 'en', 'Where does the content come from, and how is it credited?',
     'The facts in the call-center agent vs project manager comparison come mainly from the Worktile knowledge-base article 呼叫中心与项目经理区别 ("Differences between call centers and project managers", by 飞飞); we rewrote them in our own words in Chinese and English and link to the original. Occupation codes come from occupational classifications: the O*NET database (version 29.3) in the United States; ISCO-08, the International Labour Organization''s classification, which we cite from the EU''s ESCO portal, where it is reused; and China''s national occupational classification, as quoted in the national skill standard for call-center service workers issued by MOHRSS (China''s Ministry of Human Resources and Social Security) and MIIT (its Ministry of Industry and Information Technology), which we read as reproduced on renrendoc.com, a document-sharing site. English job titles come from O*NET; Chinese job titles and other facts come from the job ads, industry articles and professional bodies'' pages listed on each page. Every page lists the sources it uses, with links.'),
    (3, 'zh-CN', '本站说的“项目经理”是哪一种？',
     '指通用项目管理意义上的项目经理：带领团队完成一个项目的人。按照 PMI 的说明，项目是有开始、有结束的临时性工作，目的是创造独特的产品、服务或成果。在国内呼叫中心，这个词还有别的意思。1330.cn 一篇谈上市公司呼叫中心坐席发展的文章，列出的晋升阶梯是坐席 → 组长 → 项目经理 → 经理 → 总监；在服务外包（BPO）行业，项目经理也指某个客户外包项目的负责人，智联招聘上的一则招聘启事和 ckhr.com 的岗位介绍都有描述。晋升阶梯因企业而异，HollyCRM 给出的呼叫中心路线就没有项目经理这一级。呼叫中心里的这些“项目经理”不是本站比较的角色。'),
    (3, 'en', 'Which "project manager" does this site mean?',
     'The project manager in the general project-management sense: the person who leads a team through a project. As PMI describes it, a project is a temporary effort, with a beginning and an end, to create a unique product, service or result. In Chinese call centers the word 项目经理 (project manager) can mean something else. A 1330.cn article on the prospects of agents in call centers of listed companies gives the ladder agent → team leader → project manager → manager → director; in service outsourcing (BPO), a project manager can also be the person in charge of one client''s outsourced project, as a job ad on zhaopin.com and a job profile on ckhr.com describe. Ladders differ between employers: the call-center path HollyCRM describes has no project-manager rung at all. None of these call-center project managers is the role compared on this site.'),
    (4, 'zh-CN', '怎样只看部分维度，并把结果分享给别人？',
     '在对比页上选出想看的维度，页面就只显示这些维度，所选内容同时会写进网址。例如 /compare/call-center-agent-vs-project-manager?dimension=skills&dimension=kpis 只显示所需技能和考核指标。把这个链接发给别人，对方打开后看到的就是同样的筛选结果。'),
    (4, 'en', 'How do I show only some dimensions and share the result?',
     'On a comparison page, choose the dimensions you want and the page shows only those; your choice is also kept in the address. For example, /compare/call-center-agent-vs-project-manager?dimension=skills&dimension=kpis shows just skills and performance metrics. Send that link to someone and they will see the same selection.'),
    (5, 'zh-CN', '呼叫中心主要做什么？',
     '客户满意是呼叫中心工作的重点：对客户需求快速响应，用有效的沟通维护客户关系。具体来说，客户打来的电话和提出的咨询都由它处理：提供信息，解决问题，做售后服务。客户通过电话、电子邮件或在线聊天联系它，接待他们的通常是一组客服专员。'),
    (5, 'en', 'What does a call center mainly do?',
     'Customer satisfaction is at the center of its work: responding quickly to what customers need and keeping relationships healthy through good communication. In practice it handles customers'' calls and inquiries, giving information, solving problems and providing after-sales service. Customers reach it by phone, email or online chat, where they are usually served by a team of agents.'),
    (6, 'zh-CN', '项目经理在团队里扮演什么角色？',
     '项目经理要让项目不超预算、不误工期。为此，他们计划项目、推动执行、监督进展，调配资源，安排和管理团队成员的任务。项目目标能否达成、交付成果的质量如何，也离不开他们与客户和其他相关方的沟通。'),
    (6, 'en', 'What is the project manager''s role in the team?',
     'A project manager''s job is to bring the project in on budget and on schedule. To do that, they plan it, carry it out and oversee its progress, coordinate resources, and assign and manage team members'' tasks. Whether the project meets its goals and delivers work of the right quality also depends on how they communicate with the client and other stakeholders.'),
    (7, 'zh-CN', '两者的工作环境有什么不同？',
     '客服专员要一个接一个地接电话，应对大量客户请求，所以呼叫中心通常是高强度的工作环境。项目经理的工作环境可能更灵活：日常通常是开会、做计划和协调，可能在办公室，也可能在别处与团队成员、客户一起工作。他们的工作节奏相对慢一些，但任务更复杂，责任也更重。'),
    (7, 'en', 'How do their working environments differ?',
     'Agents take one call after another and handle a large volume of customer requests, so a call center is usually a high-intensity place to work. A project manager''s work may be more flexible: the day usually consists of meetings, planning and coordination, whether in the office or with team members and clients in other places. The pace is slower by comparison, but the tasks are more complex and the responsibility heavier.');

-- What each FAQ answer rests on. The site FAQs 1 and 4 describe the six dimensions, taken from the article.
insert into faq_source (faq_id, source_id, position) values
    (1, 1, 1),
    (2, 1, 1),
    (2, 1000, 2),
    (2, 11, 3),
    (2, 4, 4),
    (2, 5, 5),
    (3, 10, 1),
    (3, 6, 2),
    (3, 8, 3),
    (3, 9, 4),
    (3, 7, 5),
    (4, 1, 1),
    (5, 1, 1),
    (6, 1, 1),
    (7, 1, 1);

-- Sources listed at the foot of each role page: every source a point, title or fact of the role cites.
insert into role_source (role_id, source_id, position) values
    (1, 1, 1),
    (1, 1021, 2),
    (1, 13, 3),
    (1, 6, 4),
    (1, 7, 5),
    (1, 12, 6),
    (1, 5, 7),
    (2, 1, 1),
    (2, 1009, 2),
    (2, 14, 3),
    (2, 10, 4),
    (2, 6, 5),
    (2, 8, 6),
    (2, 9, 7);

update content_revision set revision = revision + 1, changed_at = current_timestamp where id = 1;
