-- RoleCompare seed content: call-center agent vs project manager, in zh-CN and en.
-- Facts from the Worktile article (source 1) and the official classifications listed in source 2..7;
-- every sentence written for this site. docs/content-coverage.md maps each article fact to its row.
-- role_point ids: role_id * 1000 + dimension_id * 100 + (0 for zh-CN, 50 for en) + position.

-- Sources
insert into source (id, source_key, title, publisher, url, published_year, accessed_on) values
    (1, 'worktile-3937150', '呼叫中心与项目经理区别', 'Worktile 知识库', 'https://worktile.com/kb/p/3937150', NULL, DATE '2026-11-27'),
    (2, 'onet-43-4051', '43-4051.00 - Customer Service Representatives', 'O*NET OnLine', 'https://www.onetonline.org/link/summary/43-4051.00', NULL, DATE '2026-11-27'),
    (3, 'onet-13-1082', '13-1082.00 - Project Management Specialists', 'O*NET OnLine', 'https://www.onetonline.org/link/summary/13-1082.00', NULL, DATE '2026-11-27'),
    (4, 'esco-isco-4222', 'ISCO-08 4222 Contact centre information clerks', 'ESCO, European Commission', 'https://esco.ec.europa.eu/en/classification/occupation?uri=http://data.europa.eu/esco/isco/C4222', NULL, DATE '2026-11-27'),
    (5, 'renrendoc-cn-ocd-4-04-05-03', '呼叫中心服务员国家职业技能标准（2021年版）', '人人文库（renrendoc.com）', 'https://www.renrendoc.com/paper/207433183.html', 2021, DATE '2026-11-27'),
    (6, '1330cn-1858711', '呼叫中心坐席的职业发展空间', '1330.cn', 'http://m.1330.cn/zhishi/1858711.html', NULL, DATE '2026-11-27'),
    (7, 'hollycrm-faq-1378', '呼叫中心职业发展路径', 'HollyCRM (hollycrmcloud.com)', 'https://hollycrmcloud.com/docs/faq/1378.html', NULL, DATE '2026-11-27');

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
     '呼叫中心客服专员通过电话、在线聊天和电子邮件直接面对客户，解答咨询、处理投诉、记录反馈，是企业联系客户的第一线。工作按既定流程和统一标准开展，考核看重服务质量、响应速度和客户满意度。'),
    (1, 'en', 'Call-center agent',
     'A call-center agent is the company''s front line with its customers: by phone, online chat and e-mail, agents answer questions, handle complaints and record feedback. The work follows set procedures and common standards, and it is judged on service quality, speed of response and customer satisfaction.'),
    (2, 'zh-CN', '项目经理',
     '项目经理对一个项目从启动到收尾全程负责：确定目标、制定计划、组建团队、调配资源，并把控进度、成本、质量和风险。他们在团队成员、各部门、管理层、供应商和客户之间居中协调，力求项目按时、按预算交付预期成果。'),
    (2, 'en', 'Project manager',
     'A project manager is accountable for a project from initiation to closing: setting goals, planning the work, building the team and allocating resources, while keeping schedule, cost, quality and risk under control. They coordinate between team members, departments, senior management, suppliers and the client so that the project delivers what it promised, on time and on budget.');

-- Official occupation codes; titles stay in each classification's own language.
insert into occupation_code (id, role_id, position, scheme, code, title, source_id) values
    (2, 1, 2, 'isco-08', '4222', 'Contact centre information clerks', 4),
    (3, 1, 3, 'cn-ocd', '4-04-05-03', '呼叫中心服务员', 5);

-- Facts beyond the article (from /work/shared/FACTS.md), each with its source.
insert into role_fact (id, role_id, position, source_id) values
    (1, 1, 1, 5),
    (2, 1, 2, 2),
    (3, 2, 1, 6),
    (4, 2, 2, 3);

insert into role_fact_text (fact_id, locale, body) values
    (1, 'zh-CN',
     '《国家职业分类大典》将呼叫中心服务员编为 4-04-05-03。人社部与工信部发布的呼叫中心服务员国家职业技能标准（2021年版）设五级、四级、三级共三个等级（据人人文库转载的标准文本）。'),
    (1, 'en',
     'China''s national occupational classification lists call-center service workers (呼叫中心服务员) as 4-04-05-03. The national skill standard for the occupation, issued by MOHRSS and MIIT in its 2021 edition, has three levels, from level 5 up to level 3 (as reproduced on renrendoc).'),
    (2, 'zh-CN',
     '美国 O*NET 把这类岗位归入 43-4051.00 Customer Service Representatives，从业者报告的职位名称包括 Call Center Representative 和 Customer Care Representative。'),
    (2, 'en',
     'O*NET files this work under 43-4051.00 Customer Service Representatives; the job titles reported for it include Call Center Representative and Customer Care Representative.'),
    (3, 'zh-CN',
     '注意区分：国内呼叫中心行业也把“项目经理”当作自己晋升阶梯上的一级，即坐席 → 组长 → 项目经理 → 经理 → 总监，指的是负责某个外包呼叫中心项目的管理者（见 1330.cn 关于呼叫中心坐席职业发展的介绍）。本站所说的项目经理，是通用项目管理意义上的项目经理，与 PMI 对这一角色的理解一致。'),
    (3, 'en',
     'A naming trap: Chinese call centers also use 项目经理 (literally "project manager") for a rung on their own ladder, agent → team leader → project manager → manager → director, where it means the person who runs one outsourced call-center project (see the 1330.cn article on call-center agents'' career prospects). On this site, project manager means the role in the general project-management sense, as PMI understands it.'),
    (4, 'zh-CN',
     '美国 O*NET 把项目管理岗位归入 13-1082.00 Project Management Specialists，报告的职位名称包括 Project Coordinator 和 Project Delivery Manager。'),
    (4, 'en',
     'O*NET files this work under 13-1082.00 Project Management Specialists; the job titles reported for it include Project Coordinator and Project Delivery Manager.');

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

-- Role points: one ordered list per role, dimension and locale; zh-CN and en carry the same facts in the same order.
-- call-center-agent / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1101, 1, 1, 'zh-CN', 1, '企业与客户沟通的窗口',
     '客服专员直接与客户互动，代表企业回应客户的声音，工作重心放在服务质量和客户满意度上。', 1),
    (1102, 1, 1, 'zh-CN', 2, '通过电话、在线聊天和电子邮件服务客户',
     '客户从哪个渠道联系进来，客服专员就在哪个渠道接待，力求及时、有效地给出答复。', 1),
    (1103, 1, 1, 'zh-CN', 3, '接听来电，解答咨询，介绍产品',
     '回答客户关于产品和服务的各种疑问，需要时给出建议，帮客户把事情弄明白。', 1),
    (1104, 1, 1, 'zh-CN', 4, '受理投诉和建议，跟进处理',
     '客户的投诉和建议由客服专员接下来，并推动处理，直到有个结果。', 1),
    (1105, 1, 1, 'zh-CN', 5, '记录客户反馈，开展满意度调查',
     '把每次沟通中听到的意见记录在案，并通过满意度调查了解客户对服务的评价。', 1),
    (1106, 1, 1, 'zh-CN', 6, '分析需求变化，为决策层提供数据',
     '从日常积累的反馈中看出客户需求的变化，整理成数据交给公司决策层参考。', 1),
    (1107, 1, 1, 'zh-CN', 7, '帮助企业改进服务和客户关系管理',
     '这些工作最终是为了让企业的客户服务越做越好，客户关系管理更上一层楼，把客户关系长期维护好。', 1);
-- call-center-agent / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1151, 1, 1, 'en', 1, 'The company''s point of contact with customers',
     'Agents deal with customers directly and speak for the company whenever customers get in touch. Their focus is on service quality and customer satisfaction.', 1),
    (1152, 1, 1, 'en', 2, 'Serves customers by phone, online chat and e-mail',
     'Whatever channel a customer uses, the agent picks the contact up there and aims to give a timely, useful answer.', 1),
    (1153, 1, 1, 'en', 3, 'Takes calls, answers questions and explains products',
     'Agents answer customers'' questions about the company''s products and services and give advice where it helps.', 1),
    (1154, 1, 1, 'en', 4, 'Takes complaints and suggestions and follows them up',
     'The agent logs each complaint or suggestion and pushes it through until it has been dealt with.', 1),
    (1155, 1, 1, 'en', 5, 'Records feedback and runs satisfaction surveys',
     'What customers say in each contact is written down, and satisfaction surveys show how they rate the service.', 1),
    (1156, 1, 1, 'en', 6, 'Spots changing needs and supplies data to decision-makers',
     'The feedback gathered day by day shows how customer needs are shifting, and agents turn it into data that the company''s decision-makers can use.', 1),
    (1157, 1, 1, 'en', 7, 'Helps improve service and customer-relationship management',
     'All of this serves two ends: steadily better customer service and stronger customer-relationship management, so that relationships with customers last.', 1);

-- call-center-agent / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1201, 1, 2, 'zh-CN', 1, '接听电话，在线接待客户',
     '客户打来的电话和发来的在线咨询，都要及时接起、及时回复。', 1),
    (1202, 1, 2, 'zh-CN', 2, '记录客户信息',
     '把客户资料和沟通内容准确记下来，方便后续跟进。', 1),
    (1203, 1, 2, 'zh-CN', 3, '解决客户问题，处理投诉',
     '针对客户提出的问题给出解决办法，遇到投诉按流程处理。', 1),
    (1204, 1, 2, 'zh-CN', 4, '回访客户',
     '除了等客户打进来，客服专员还要主动联系客户做回访。', 1),
    (1205, 1, 2, 'zh-CN', 5, '收集反馈，分析需求变化趋势',
     '汇总客户的意见和建议，从中看出需求正在朝哪个方向变化。', 1),
    (1206, 1, 2, 'zh-CN', 6, '固定岗位，按标准流程作业',
     '客服专员通常守在固定岗位上，遵循统一的流程和作业标准处理问题，这样服务才能前后一致、保持高效；整体看，工作流程比较固定。', 1),
    (1207, 1, 2, 'zh-CN', 7, '定期参加培训',
     '呼叫中心会定期组织培训，提升员工的服务技能和沟通技巧，让整体服务水平再上一个台阶。', 1);
-- call-center-agent / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1251, 1, 2, 'en', 1, 'Answers phone calls and online chats',
     'Incoming calls and online chat messages both need a prompt response.', 1),
    (1252, 1, 2, 'en', 2, 'Logs customer details',
     'Customer details and what was discussed are recorded accurately so that anyone can follow up later.', 1),
    (1253, 1, 2, 'en', 3, 'Solves customers'' problems and handles complaints',
     'Agents work out a fix for the problems customers raise and deal with complaints according to procedure.', 1),
    (1254, 1, 2, 'en', 4, 'Makes follow-up calls to customers',
     'Besides waiting for customers to call, agents also contact them to follow up.', 1),
    (1255, 1, 2, 'en', 5, 'Collects feedback and tracks trends in customer needs',
     'Agents gather customers'' comments and suggestions and look for the direction in which needs are moving.', 1),
    (1256, 1, 2, 'en', 6, 'Works at a fixed post by standard procedures',
     'Agents usually work at a fixed post and handle issues by set, standardized procedures, which keeps the service consistent and efficient; the workflow as a whole changes little.', 1),
    (1257, 1, 2, 'en', 7, 'Takes part in regular training',
     'The call center trains its agents regularly to sharpen their service skills and communication, lifting the overall level of service.', 1);

-- call-center-agent / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1301, 1, 3, 'zh-CN', 1, '出色的沟通能力',
     '能耐心听完客户的诉求，把信息讲得清楚、准确，进而把问题解决掉。', 1),
    (1302, 1, 3, 'zh-CN', 2, '客户服务意识和技巧',
     '凡事站在客户角度考虑，能迅速、有效地回应客户需求，提升满意度。', 1),
    (1303, 1, 3, 'zh-CN', 3, '情绪管理能力',
     '遇到投诉和冲突不急不躁，处理得当，对客户始终积极而专业。', 1),
    (1304, 1, 3, 'zh-CN', 4, '熟悉企业的产品和服务',
     '对产品或服务心中有数，客户一问就能很快答上来。', 1),
    (1305, 1, 3, 'zh-CN', 5, '会用电脑，熟练操作客服系统',
     '基本的电脑操作是必备技能，还要能熟练使用客户服务系统。', 1);
-- call-center-agent / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1351, 1, 3, 'en', 1, 'Strong communication skills',
     'Agents listen patiently to what customers want, put information across clearly and accurately, and use that to solve the problem.', 1),
    (1352, 1, 3, 'en', 2, 'A service mindset and customer-service technique',
     'They see things from the customer''s side and respond to needs quickly and effectively, which lifts satisfaction.', 1),
    (1353, 1, 3, 'en', 3, 'Emotional self-control',
     'Complaints and conflicts are handled calmly and properly, with a positive, professional attitude throughout.', 1),
    (1354, 1, 3, 'en', 4, 'Knows the company''s products and services',
     'Solid product and service knowledge lets agents answer customers'' questions quickly.', 1),
    (1355, 1, 3, 'en', 5, 'Computer basics and fluency with the customer-service system',
     'Basic computer skills are a must, and so is fluent use of the customer-service system.', 1);

-- call-center-agent / kpis / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1401, 1, 4, 'zh-CN', 1, '客户满意度',
     '反映客户对服务的整体评价，直接体现客户体验的好坏。', 1),
    (1402, 1, 4, 'zh-CN', 2, '问题解决率',
     '客户提出的问题中，真正得到解决的比例。', 1),
    (1403, 1, 4, 'zh-CN', 3, '首次接通率',
     '客户第一次拨打能否顺利接通，反映服务热线是否容易打进来。', 1),
    (1404, 1, 4, 'zh-CN', 4, '平均通话时长',
     '每通电话平均用时多久，用来衡量服务效率。', 1),
    (1405, 1, 4, 'zh-CN', 5, '服务质量评分',
     '对服务过程的质量进行打分。', 1),
    (1406, 1, 4, 'zh-CN', 6, '投诉处理效率',
     '投诉能否被快速、妥善地处理完毕。', 1),
    (1407, 1, 4, 'zh-CN', 7, '以量化指标为主，过程和结果都要看',
     '这些指标帮助企业衡量服务质量、客户体验和服务效率，并据此推动服务改进。考核多用可量化的数据，既看服务过程是否规范，也看服务结果是否有效。', 1);
-- call-center-agent / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1451, 1, 4, 'en', 1, 'Customer satisfaction',
     'Shows how customers rate the service overall and reflects their experience directly.', 1),
    (1452, 1, 4, 'en', 2, 'Problem resolution rate',
     'The share of customers'' problems that actually get solved.', 1),
    (1453, 1, 4, 'en', 3, 'First-contact connection rate',
     'Whether customers get through the first time they call, a sign of how reachable the service line is.', 1),
    (1454, 1, 4, 'en', 4, 'Average call duration',
     'How long a call lasts on average, used as a measure of efficiency.', 1),
    (1455, 1, 4, 'en', 5, 'Service quality score',
     'A score given to the quality of the service delivered.', 1),
    (1456, 1, 4, 'en', 6, 'Complaint-handling efficiency',
     'How quickly and properly complaints are resolved.', 1),
    (1457, 1, 4, 'en', 7, 'Mostly quantitative; process and outcome both count',
     'Together these metrics let the company gauge service quality, customer experience and efficiency, and push the service to improve. Assessment relies mainly on numbers and checks both whether the process followed the standard and whether the outcome worked.', 1);

-- call-center-agent / works-with / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1501, 1, 5, 'zh-CN', 1, '企业的客户群体',
     '客服专员服务的对象，主要是企业自己的客户。', 1),
    (1502, 1, 5, 'zh-CN', 2, '客户来自不同行业、不同地区',
     '他们的需求和遇到的问题各不相同，需要分别对待。', 1),
    (1503, 1, 5, 'zh-CN', 3, '持续沟通，及时回应',
     '与客户保持沟通交流，及时响应需求、解决问题，提升客户满意度。', 1),
    (1504, 1, 5, 'zh-CN', 4, '提升客户忠诚度，塑造品牌形象',
     '服务做好了，客户更愿意留下来，企业的品牌形象也随之树立起来。', 1);
-- call-center-agent / works-with / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1551, 1, 5, 'en', 1, 'The company''s customers',
     'The people agents serve are mainly the company''s own customers.', 1),
    (1552, 1, 5, 'en', 2, 'Customers from different industries and regions',
     'Their needs and problems vary, so each has to be handled on its own terms.', 1),
    (1553, 1, 5, 'en', 3, 'Keeps in touch and responds quickly',
     'Agents keep talking with customers, respond to their needs in time and solve their problems, raising satisfaction.', 1),
    (1554, 1, 5, 'en', 4, 'Builds customer loyalty and the brand''s image',
     'Good service makes customers more loyal and, in the end, shapes how the brand is seen.', 1);

-- call-center-agent / career-path / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1601, 1, 6, 'zh-CN', 1, '客服专员',
     '职业起点，也就是本页介绍的一线客服岗位。', 1),
    (1602, 1, 6, 'zh-CN', 2, '客服主管',
     NULL, 1),
    (1603, 1, 6, 'zh-CN', 3, '客服经理',
     NULL, 1),
    (1604, 1, 6, 'zh-CN', 4, '客户服务总监',
     NULL, 1),
    (1605, 1, 6, 'zh-CN', 5, '路线相对稳定，围绕客户服务展开',
     '这条路线变化不大，晋升主要靠在客服业务上越做越专，同时不断提高管理能力。', 1);
-- call-center-agent / career-path / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (1651, 1, 6, 'en', 1, 'Customer service agent',
     'The starting point: the front-line role described on this page.', 1),
    (1652, 1, 6, 'en', 2, 'Customer service supervisor',
     NULL, 1),
    (1653, 1, 6, 'en', 3, 'Customer service manager',
     NULL, 1),
    (1654, 1, 6, 'en', 4, 'Director of customer service',
     NULL, 1),
    (1655, 1, 6, 'en', 5, 'A stable path centered on customer service',
     'The route changes little; promotion comes from growing expertise in customer service and steadily better management skills.', 1);

-- project-manager / responsibilities / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2101, 2, 1, 'zh-CN', 1, '对项目全生命周期负责',
     '从启动、计划、执行、监控到收尾，每个阶段都由项目经理统筹，最终要在工期、质量和范围上都交出合格的结果。', 1),
    (2102, 2, 1, 'zh-CN', 2, '制定项目计划，界定项目范围',
     '明确项目要达成的目标和需求，确定哪些工作属于项目范围。', 1),
    (2103, 2, 1, 'zh-CN', 3, '组建团队，分配资源',
     '挑选合适的人组成项目团队，把人力和其他资源合理分配到各项任务上。', 1),
    (2104, 2, 1, 'zh-CN', 4, '设定里程碑，监控进度',
     '明确关键时间节点和里程碑，随时掌握进度，发现偏差及时调整。', 1),
    (2105, 2, 1, 'zh-CN', 5, '编制和管理预算，控制成本',
     '制定项目预算并在执行中严格管理，把成本控制住。', 1),
    (2106, 2, 1, 'zh-CN', 6, '识别、分析和应对风险',
     '把可能影响项目的风险提前找出来，分析影响大小，再准备相应的对策，让项目平稳实施。', 1),
    (2107, 2, 1, 'zh-CN', 7, '协调项目内外的沟通与配合',
     '在项目内外的相关人员和部门之间居中协调，让信息及时互通，并满足各利益相关方的预期。', 1),
    (2108, 2, 1, 'zh-CN', 8, '验收成果，总结经验，提交报告',
     '项目结束后，负责组织成果验收，总结经验教训，并提交项目报告。', 1);
-- project-manager / responsibilities / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2151, 2, 1, 'en', 1, 'Owns the project across its whole lifecycle',
     'Initiation, planning, execution, monitoring and closing all fall to the project manager, whose job is to deliver on time, to the required quality and in full scope.', 1),
    (2152, 2, 1, 'en', 2, 'Plans the project and defines its scope',
     'The project manager pins down the project''s goals and requirements and decides what work is in scope.', 1),
    (2153, 2, 1, 'en', 3, 'Builds the team and allocates resources',
     'The project manager assembles the project team and spreads people and other resources sensibly across the tasks.', 1),
    (2154, 2, 1, 'en', 4, 'Sets milestones and monitors the schedule',
     'Key dates and milestones are fixed up front; progress is watched and the plan adjusted as soon as it drifts.', 1),
    (2155, 2, 1, 'en', 5, 'Sets and manages the budget, controls cost',
     'The project manager draws up the budget and manages spending against it to keep costs under control.', 1),
    (2156, 2, 1, 'en', 6, 'Identifies, analyzes and responds to risks',
     'Risks that could hurt the project are found early, sized up and given a planned response, so that the project runs smoothly.', 1),
    (2157, 2, 1, 'en', 7, 'Coordinates people and departments inside and outside the project',
     'The project manager keeps everyone involved working together and the information flowing, and meets the stakeholders'' expectations.', 1),
    (2158, 2, 1, 'en', 8, 'Signs off the deliverables, captures lessons and files the report',
     'When the project ends, the project manager runs acceptance of the deliverables, records the lessons learned and submits a project report.', 1);

-- project-manager / daily-work / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2201, 2, 2, 'zh-CN', 1, '制定详细的项目计划',
     '项目经理的日常比一线岗位更多样、更复杂，讲究计划、组织和控制，一切从一份细致的计划开始。', 1),
    (2202, 2, 2, 'zh-CN', 2, '组织项目启动会',
     '在启动会上向团队讲清项目目标和各自的任务。', 1),
    (2203, 2, 2, 'zh-CN', 3, '分配资源，协调各部门',
     '把资源分配到位，推动相关部门共同完成任务。', 1),
    (2204, 2, 2, 'zh-CN', 4, '定期开会，跟踪进度',
     '通过例会掌握各项工作的进展，及早发现问题。', 1),
    (2205, 2, 2, 'zh-CN', 5, '控制预算，监督质量',
     '盯住开支和质量，一旦出现问题就及时解决。', 1),
    (2206, 2, 2, 'zh-CN', 6, '管理项目风险',
     '风险要早发现、早准备对策，别让它拖慢项目。', 1),
    (2207, 2, 2, 'zh-CN', 7, '组织验收，撰写总结报告',
     '到了收尾阶段，组织项目验收，并写出项目总结报告。', 1),
    (2208, 2, 2, 'zh-CN', 8, '分享经验教训',
     '把这个项目的得与失分享出来，为以后的项目提供参考。', 1);
-- project-manager / daily-work / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2251, 2, 2, 'en', 1, 'Draws up a detailed project plan',
     'A project manager''s day is more varied and complex than front-line work and hinges on planning, organizing and control; it all starts from a detailed plan.', 1),
    (2252, 2, 2, 'en', 2, 'Runs the kickoff meeting',
     'The kickoff meeting makes the project''s goals and everyone''s tasks clear.', 1),
    (2253, 2, 2, 'en', 3, 'Allocates resources and coordinates departments',
     'Resources are put where they are needed, and the departments involved are brought together to get the work done.', 1),
    (2254, 2, 2, 'en', 4, 'Holds regular meetings to track progress',
     'Regular meetings show how each piece of work is going and bring problems to light early.', 1),
    (2255, 2, 2, 'en', 5, 'Keeps the budget and quality under control',
     'Spending and quality are watched closely, and problems are fixed as soon as they appear.', 1),
    (2256, 2, 2, 'en', 6, 'Manages project risks',
     'Potential risks are spotted early and countermeasures prepared, so they do not slow the project down.', 1),
    (2257, 2, 2, 'en', 7, 'Organizes acceptance and writes the closing report',
     'At the closing stage, the project manager organizes acceptance and writes the project''s summary report.', 1),
    (2258, 2, 2, 'en', 8, 'Shares lessons learned',
     'What went well and what did not is shared, giving future projects something to build on.', 1);

-- project-manager / skills / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2301, 2, 3, 'zh-CN', 1, '扎实的项目管理知识',
     '项目经理需要的技能组合更全面，专业的项目管理知识是基础。', 1),
    (2302, 2, 3, 'zh-CN', 2, '熟练掌握项目管理工具和方法',
     '包括工作分解结构（WBS）、甘特图、网络计划、风险管理矩阵和预算管理方法等。', 1),
    (2303, 2, 3, 'zh-CN', 3, '计划与组织能力',
     '能把复杂的工作拆成可执行的计划，并把人和事组织起来。', 1),
    (2304, 2, 3, 'zh-CN', 4, '领导力和团队管理能力',
     '调动成员的积极性，把任务分派清楚，让大家配合顺畅、效率高。', 1),
    (2305, 2, 3, 'zh-CN', 5, '沟通与协调能力',
     '与项目干系人、客户和上级领导保持顺畅沟通。', 1),
    (2306, 2, 3, 'zh-CN', 6, '风险管控能力',
     '对风险保持敏感，能在问题扩大之前把它控制住。', 1),
    (2307, 2, 3, 'zh-CN', 7, '分析和解决问题的能力',
     '及时发现项目中的问题，并拿出切实有效的解决方案。', 1);
-- project-manager / skills / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2351, 2, 3, 'en', 1, 'Solid project-management knowledge',
     'Project managers need a broader set of skills than front-line staff, and professional project-management knowledge is its foundation.', 1),
    (2352, 2, 3, 'en', 2, 'Fluent with project-management tools and methods',
     'These include the work breakdown structure (WBS), Gantt charts, network planning, risk matrices and budget-management methods.', 1),
    (2353, 2, 3, 'en', 3, 'Planning and organizing',
     'The ability to turn complex work into a plan that can be carried out, and to organize the people and tasks behind it.', 1),
    (2354, 2, 3, 'en', 4, 'Leadership and team management',
     'Motivating team members, assigning tasks clearly and getting the team to work together efficiently.', 1),
    (2355, 2, 3, 'en', 5, 'Communication and coordination',
     'Keeping communication smooth with stakeholders, the client and one''s own superiors.', 1),
    (2356, 2, 3, 'en', 6, 'Risk control',
     'A sharp eye for risk and the ability to contain it before it grows.', 1),
    (2357, 2, 3, 'en', 7, 'Analysis and problem solving',
     'Spotting problems in the project early and coming up with solutions that work.', 1);

-- project-manager / kpis / zh-CN
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2401, 2, 4, 'zh-CN', 1, '进度：是否按期完成',
     '项目有没有在计划的时间内交付。', 1),
    (2402, 2, 4, 'zh-CN', 2, '成本：是否控制在预算内',
     '实际花费有没有超出预算。', 1),
    (2403, 2, 4, 'zh-CN', 3, '质量：是否达标',
     '交付的成果是否符合事先约定的质量要求。', 1),
    (2404, 2, 4, 'zh-CN', 4, '风险控制效果',
     '风险有没有被及早发现、有效化解。', 1),
    (2405, 2, 4, 'zh-CN', 5, '干系人满意度',
     '客户、管理层等相关方对项目是否满意。', 1),
    (2406, 2, 4, 'zh-CN', 6, '成果与目标是否契合',
     '做出来的成果，是不是项目当初要实现的目标。', 1),
    (2407, 2, 4, 'zh-CN', 7, '过程管理是否有效',
     '项目管理的过程本身是否规范、有效。', 1),
    (2408, 2, 4, 'zh-CN', 8, '团队协作效率',
     '团队成员之间配合得是否顺畅、高效。', 1),
    (2409, 2, 4, 'zh-CN', 9, '综合考核整体管理能力',
     '这些指标合在一起，看的是项目整体是否成功、管理是否到位，是对项目经理整体管理能力的综合评价。', 1);
-- project-manager / kpis / en
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (2451, 2, 4, 'en', 1, 'Schedule: delivered on time?',
     'Whether the project was delivered within the planned time.', 1),
    (2452, 2, 4, 'en', 2, 'Cost: kept within budget?',
     'Whether actual spending stayed inside the budget.', 1),
    (2453, 2, 4, 'en', 3, 'Quality: up to standard?',
     'Whether what was delivered meets the quality that was agreed.', 1),
    (2454, 2, 4, 'en', 4, 'How well risks were controlled',
     'Whether risks were caught early and dealt with effectively.', 1),
    (2455, 2, 4, 'en', 5, 'Stakeholder satisfaction',
     'Whether the client, management and other stakeholders are satisfied with the project.', 1),
    (2456, 2, 4, 'en', 6, 'Fit between deliverables and project goals',
     'Whether what was produced is what the project set out to achieve.', 1),
    (2457, 2, 4, 'en', 7, 'Effectiveness of process management',
     'Whether the project was run through sound, effective management processes.', 1),
    (2458, 2, 4, 'en', 8, 'Team collaboration efficiency',
     'How smoothly and efficiently the team worked together.', 1),
    (2459, 2, 4, 'en', 9, 'An overall judgment of management ability',
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
    (2506, 2, 5, 'zh-CN', 6, '协调干系人，平衡各方利益',
     '项目经理要在各干系人之间做好协调：让信息及时传到、资源分得合理、各方利益都照顾到，项目才能顺利推进并成功交付。', 1);
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
     'The project manager manages relations among the stakeholders, keeping information flowing, resources sensibly allocated and interests in balance, so that the project moves forward and is delivered successfully.', 1);

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
     '要往上走，需要不断提高项目管理的专业水平、领导力、战略眼光和统筹全局的管理能力；可选的方向也更多。', 1);
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
     'Progress depends on growing project-management expertise, leadership, strategic thinking and general management ability, and there are more directions to take.', 1);

-- Comparison: call-center-agent (sorts first) vs project-manager; responsibilities differ most.
insert into comparison (id, role_a_id, role_b_id, key_dimension_id, reviewed_on) values
    (1, 1, 2, 1, DATE '2026-11-27');

insert into comparison_text (comparison_id, locale, summary, key_difference) values
    (1, 'zh-CN',
     '呼叫中心客服专员和项目经理在职能职责、工作内容、所需技能和考核指标上各不相同，工作对象和职业发展路径也有明显差别。客服专员负责为客户提供服务、与客户沟通，看重客户体验和服务质量；项目经理负责制定计划、把控进度、协调资源、管理风险，着眼于达成项目目标和控制成本。',
     '两者差别最大的地方在职能职责：客服专员直接面对客户，对每一次具体的服务负责；项目经理则要对整个项目从启动到收尾的结果负责，统筹人员、资源、进度、成本和风险。'),
    (1, 'en',
     'Call-center agents and project managers differ in what they are responsible for, what they do each day, the skills they need and how they are measured, and they also deal with different people and follow different career paths. The agent serves and talks with customers, with an eye on their experience and on service quality; the project manager plans the work, controls the schedule, coordinates resources and manages risk, aiming to reach the project''s goals within cost.',
     'The biggest gap is in responsibilities: the agent deals directly with customers and answers for each individual service contact, while the project manager answers for the outcome of a whole project from initiation to closing, balancing people, resources, schedule, cost and risk.');

-- comparison 1 / KEY_DIFFERENCE / zh-CN
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (101, 1, 'KEY_DIFFERENCE', 'zh-CN', 1, '客服专员是企业面向客户的窗口',
     '他们直接与客户互动：解决问题、提供咨询和建议、受理投诉、维护客户关系。', 1),
    (102, 1, 'KEY_DIFFERENCE', 'zh-CN', 2, '客服专员要会沟通、有服务意识和耐心',
     '能迅速、有效地回应客户需求，让客户满意。', 1),
    (103, 1, 'KEY_DIFFERENCE', 'zh-CN', 3, '项目经理对项目全生命周期负责',
     '职责覆盖启动、计划、执行、监控和收尾各个阶段。', 1),
    (104, 1, 'KEY_DIFFERENCE', 'zh-CN', 4, '项目经理要定目标、建团队、配资源',
     '制定清晰的项目目标，组建团队，分配资源，并协调各部门之间的配合。', 1),
    (105, 1, 'KEY_DIFFERENCE', 'zh-CN', 5, '项目经理要盯进度、管风险',
     '持续监控项目进展，识别并管理风险。', 1),
    (106, 1, 'KEY_DIFFERENCE', 'zh-CN', 6, '守住工期、质量、范围和成本',
     '交付时工期、质量和范围三条线都不能丢，花费不能失控，还要让各利益相关方满意。', 1),
    (107, 1, 'KEY_DIFFERENCE', 'zh-CN', 7, '项目经理需要专业知识和领导力',
     '项目经理既要懂项目管理的专业方法，又要有带队伍的领导力，还要善于计划组织、管控风险，才能让团队协同配合、实现项目目标。', 1);
-- comparison 1 / KEY_DIFFERENCE / en
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (151, 1, 'KEY_DIFFERENCE', 'en', 1, 'The agent is the company''s window to its customers',
     'Agents interact with customers directly: they solve problems, give information and advice, take complaints and look after the relationship.', 1),
    (152, 1, 'KEY_DIFFERENCE', 'en', 2, 'Agents need communication skills, a service mindset and patience',
     'They must respond to customers'' needs quickly and effectively and leave them satisfied.', 1),
    (153, 1, 'KEY_DIFFERENCE', 'en', 3, 'The project manager owns the whole project lifecycle',
     'The role spans initiation, planning, execution, monitoring and closing.', 1),
    (154, 1, 'KEY_DIFFERENCE', 'en', 4, 'The project manager sets goals, builds the team and allocates resources',
     'That means setting clear project goals, assembling the team, allocating resources and getting departments to work together.', 1),
    (155, 1, 'KEY_DIFFERENCE', 'en', 5, 'The project manager tracks progress and manages risk',
     'Progress is monitored throughout, and risks are identified and managed.', 1),
    (156, 1, 'KEY_DIFFERENCE', 'en', 6, 'Schedule, quality, scope and cost must all hold',
     'Delivery has to meet the schedule, the required quality and the full scope at once, spending must stay under control, and the stakeholders must end up satisfied.', 1),
    (157, 1, 'KEY_DIFFERENCE', 'en', 7, 'Project managers need professional knowledge and leadership',
     'A project manager needs professional project-management methods, the leadership to run a team, and skill in planning, organizing and controlling risk, so that the team works together and reaches the project''s goals.', 1);
-- comparison 1 / CONCLUSION / zh-CN
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (201, 1, 'CONCLUSION', 'zh-CN', 1, '按实际需求和岗位特点配置人员',
     '两类岗位差别明显，企业配备人员时应从实际需求和岗位特点出发，做到人岗匹配，整体运营目标才能顺利实现。', 1),
    (202, 1, 'CONCLUSION', 'zh-CN', 2, '招客服专员，重点看沟通、耐心和情绪管理',
     '再加上对产品和服务的熟悉程度，以及使用客服系统的能力，这些决定了一线服务的质量。', 1),
    (203, 1, 'CONCLUSION', 'zh-CN', 3, '招项目经理，重点看计划、领导和风险管控',
     '同时考察对项目管理知识和工具（如工作分解结构、甘特图、风险管理矩阵）的掌握，以及协调各方的能力。', 1),
    (204, 1, 'CONCLUSION', 'zh-CN', 4, '用各自的指标考核各自的岗位',
     '客服专员适合用满意度、解决率等量化服务指标考核；项目经理则应看项目整体的进度、成本、质量和干系人满意度，两套指标不宜混用。', 1),
    (205, 1, 'CONCLUSION', 'zh-CN', 5, '不要把客服专员默认当作“候补项目经理”',
     '两者所需的技能差别很大，客服岗位的晋升路线也主要在客户服务领域内部。客服专员想转做项目经理，需要系统学习项目管理知识和工具，并在实际项目中锻炼领导和协调能力。', 1),
    (206, 1, 'CONCLUSION', 'zh-CN', 6, '招聘时先弄清是哪一种“项目经理”',
     '国内呼叫中心常把负责某个外包项目的管理者也叫“项目经理”（见 1330.cn 的介绍），这是呼叫中心自己的职级，与通用意义上的项目经理不同，看职位描述时要分辨清楚。', 1);
-- comparison 1 / CONCLUSION / en
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (251, 1, 'CONCLUSION', 'en', 1, 'Staff by real needs and the nature of each post',
     'The two posts differ sharply, so a company should staff them according to its actual needs and what each post demands, matching people to posts so that its operating goals are met.', 1),
    (252, 1, 'CONCLUSION', 'en', 2, 'Hire agents for communication, patience and emotional control',
     'Add knowledge of the products and services and the ability to use the customer-service system; together these decide the quality of front-line service.', 1),
    (253, 1, 'CONCLUSION', 'en', 3, 'Hire project managers for planning, leadership and risk control',
     'Also check their command of project-management knowledge and tools, such as the work breakdown structure, Gantt charts and risk matrices, and their ability to coordinate many parties.', 1),
    (254, 1, 'CONCLUSION', 'en', 4, 'Measure each post by its own metrics',
     'Agents are best judged on quantitative service metrics such as satisfaction and resolution rate; project managers on the project''s overall schedule, cost, quality and stakeholder satisfaction. The two sets of metrics should not be swapped.', 1),
    (255, 1, 'CONCLUSION', 'en', 5, 'Do not treat an agent as a project manager in waiting',
     'The skills the two posts need are very different, and the agent''s own career path runs mainly within customer service. An agent who wants to become a project manager needs structured training in project-management knowledge and tools, and practice leading and coordinating real projects.', 1),
    (256, 1, 'CONCLUSION', 'en', 6, 'When hiring, make sure which "project manager" is meant',
     'Chinese call centers also call the manager of one outsourced project 项目经理, a rank of their own that differs from a project manager in the general sense (as described on 1330.cn), so read the job description carefully.', 1);

-- Sources shown on the comparison page: the article first, then the classifications and the naming note.
insert into comparison_source (comparison_id, source_id, position) values
    (1, 1, 1),
    (1, 2, 2),
    (1, 3, 3),
    (1, 4, 4),
    (1, 5, 5),
    (1, 6, 6),
    (1, 7, 7);

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
     'RoleCompare 把两个职位并排放在一起，逐项比较它们的差别。每组对比都按同样的六个维度展开：职能职责、工作内容、所需技能、考核指标、工作对象和职业发展路径，并指出差别最大的地方以及对团队配置的启示。所有内容都有中文和英文两个版本。'),
    (1, 'en', 'What does RoleCompare do?',
     'RoleCompare puts two jobs side by side and compares them point by point. Every comparison covers the same six dimensions: responsibilities, daily work, skills, performance metrics, who they work with and career path, and it also points out where the roles differ most and what that means when staffing a team. All content is available in Chinese and English.'),
    (2, 'zh-CN', '内容从哪里来？出处怎样注明？',
     '呼叫中心客服专员与项目经理这组对比的事实依据，来自 Worktile 知识库的文章《呼叫中心与项目经理区别》（作者飞飞），本站在此基础上用自己的话重新撰写了中英文内容，并附上原文链接。职业代码和技能标准取自官方分类：美国 O*NET、欧盟 ESCO 发布的 ISCO-08 分类，以及《国家职业分类大典》（技能标准文本转引自人人文库）。每个对比页都会列出所用的来源及链接。'),
    (2, 'en', 'Where does the content come from, and how is it credited?',
     'The facts in the call-center agent vs project manager comparison come from the Worktile knowledge-base article 呼叫中心与项目经理区别 ("Differences between call centers and project managers", by 飞飞); we rewrote them in our own words in Chinese and English and link to the original. Occupation codes and skill standards come from official classifications: O*NET in the United States, ISCO-08 as published through the EU''s ESCO, and China''s national occupational classification (the skill standard as reproduced on renrendoc). Every comparison page lists the sources it uses, with links.'),
    (3, 'zh-CN', '本站说的“项目经理”是哪一种？',
     '指通用项目管理意义上的项目经理，也就是 PMI 所说的、对一个项目从启动到收尾全面负责的人。需要留意的是，国内呼叫中心也把“项目经理”当作自己晋升阶梯上的一级（坐席 → 组长 → 项目经理 → 经理 → 总监），指负责某个外包呼叫中心项目的管理者。1330.cn 介绍呼叫中心坐席职业发展的文章列出了这条阶梯，HollyCRM 的常见问题页也介绍了呼叫中心从客服代表到经理、总监的晋升路线。这个呼叫中心职级不是本站比较的项目经理。'),
    (3, 'en', 'Which "project manager" does this site mean?',
     'The project manager in the general project-management sense, as PMI uses the term: the person who runs a project from initiation to closing. Be aware that Chinese call centers also use 项目经理 for a rung on their own ladder (agent → team leader → project manager → manager → director), meaning the manager of one outsourced call-center project; the 1330.cn article on call-center agents'' career prospects lists this ladder, and HollyCRM''s FAQ page describes how call-center careers progress from customer service representative to manager and director. That call-center rank is not the role compared on this site.'),
    (4, 'zh-CN', '怎样只看部分维度，并把结果分享给别人？',
     '在对比页上选出想看的维度，页面就只显示这些维度，所选内容同时会写进网址。例如 /compare/call-center-agent-vs-project-manager?dimension=skills&dimension=kpis 只显示所需技能和考核指标。把这个链接发给别人，对方打开后看到的就是同样的筛选结果。'),
    (4, 'en', 'How do I show only some dimensions and share the result?',
     'On a comparison page, choose the dimensions you want and the page shows only those; your choice is also kept in the address. For example, /compare/call-center-agent-vs-project-manager?dimension=skills&dimension=kpis shows just skills and performance metrics. Send that link to someone and they will see the same selection.'),
    (5, 'zh-CN', '呼叫中心主要做什么？',
     '客户打来电话或提出咨询，都由呼叫中心接手：告诉客户需要的信息，帮他们解决问题，也负责售后服务。它追求的是客户满意，对需求反应要快，并通过良好的沟通把客户关系维护好。承担这些工作的是一支客服代表队伍，他们通过电话、电子邮件和在线聊天与客户打交道。'),
    (5, 'en', 'What does a call center mainly do?',
     'A call center takes customers'' calls and enquiries: it gives them information, solves their problems and provides after-sales service. Its aim is customer satisfaction, which means responding quickly to needs and keeping relationships healthy through good communication. The work is done by a team of agents who reach customers by phone, e-mail and online chat.'),
    (6, 'zh-CN', '项目经理在团队里扮演什么角色？',
     '项目经理负责项目的计划和执行，并全程监督进展。他们调配资源、安排和管理团队成员的任务，保证项目不超预算、不误工期。同时，他们还要与客户和其他利益相关方保持沟通，让项目达成目标，交出质量过硬的成果。'),
    (6, 'en', 'What is the project manager''s role in the team?',
     'The project manager plans the project, carries it out and oversees its progress. They coordinate resources, assign and manage team members'' tasks, and make sure the project finishes within budget and on schedule. They also keep the client and other stakeholders informed, so that the project reaches its goals and its deliverables are of the right quality.'),
    (7, 'zh-CN', '两者的工作环境有什么不同？',
     '呼叫中心的工作强度高，客服代表一个接一个地接电话，应对源源不断的客户请求。项目经理的工作方式相对灵活，日常以开会、做计划和协调为主，可能在办公室，也可能和团队成员、客户在不同地点协作。项目经理的工作节奏总体慢一些，但任务更复杂，肩上的责任也更重。'),
    (7, 'en', 'How do their working environments differ?',
     'A call center is a high-intensity workplace: agents take one call after another and handle a large volume of customer requests. A project manager''s work is usually more flexible, built around meetings, planning and coordination, whether in the office or with team members and clients in other locations. The pace is generally slower, but the tasks are more complex and the responsibility heavier.');

-- What each FAQ answer rests on.
insert into faq_source (faq_id, source_id, position) values
    (1, 1, 1),
    (2, 1, 1),
    (2, 2, 2),
    (2, 3, 3),
    (2, 4, 4),
    (2, 5, 5),
    (3, 6, 1),
    (4, 1, 1),
    (5, 1, 1),
    (6, 1, 1),
    (7, 1, 1);

-- Both roles' points are carried over from the article: credit it on every page that shows them.
insert into role_source (role_id, source_id, position) values
    (1, 1, 1),
    (2, 1, 1);

update content_revision set revision = revision + 1, changed_at = current_timestamp where id = 1;
