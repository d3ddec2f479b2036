-- RoleCompare: front-line roles (telemarketer, technical support specialist, receptionist, sales representative)
-- and the editorial comparison call-center agent vs telemarketer, in zh-CN and en.
-- Responsibilities and daily work rest on O*NET 29.3 tasks (core first), skills on O*NET skills, knowledge and
-- technology; metrics and career paths on the pages listed as sources 150-190. Every sentence is our own.
-- role_point ids: role_id * 1000 + dimension_id * 100 + (0 for zh-CN, 50 for en) + position.
-- Coverage, point by point: docs/content-coverage/frontline.md.

-- Sources (ids 150-199)
insert into source (id, source_key, title, publisher, url, published_year, accessed_on) values
    (150, 'hanyi-dianhuaxiaoshou-gangweizhize', '电话销售岗位职责', 'hanyi.net', 'http://www.hanyi.net/tag_dianhuaxiaoshougangweizhize', NULL, DATE '2026-11-28'),
    (151, 'hbvrk-news-452', '外呼电话属于什么工作岗位,外呼电话工作性质与岗位解析', 'hbvrk.com', 'http://www.hbvrk.com/news/452.html', 2025, DATE '2026-11-28'),
    (152, 'jxuntel-meitizixun-5784', 'KPI设定与追踪:衡量成功电话销售团队表现的方法', '捷讯通信（jxuntel.cn）', 'http://www.jxuntel.cn/meitizixun/5784.html', 2025, DATE '2026-11-28'),
    (153, 'bxtourism-254409', '电销部门岗位职责说明书', 'bbs.bxtourism.net', 'http://bbs.bxtourism.net/jxfw/202506/254409.html', NULL, DATE '2026-11-28'),
    (154, 'doczj-5918979277', '某公司电话营销管理办法', 'doczj.com（文档分享网站）', 'https://www.doczj.com/doc/5918979277.html', NULL, DATE '2026-11-28'),
    (155, 'callhub-outbound-metrics', 'Outbound Call Center Metrics (13 Top KPIs)', 'CallHub', 'https://callhub.io/outbound-call-center-metrics/', 2022, DATE '2026-11-28'),
    (156, 'encyclopedia-telemarketer', 'Telemarketer', 'Encyclopedia.com', 'https://www.encyclopedia.com/economics/news-and-education-magazines/telemarketer', NULL, DATE '2026-11-28'),
    (157, 'vault-legacy-telemarketers-outlook', 'Telemarketers: Outlook', 'Vault', 'https://legacy.vault.com/industries-professions/professions/t/telemarketers/outlook', NULL, DATE '2026-11-28'),
    (160, 'bls-ooh-computer-support-print', 'Computer Support Specialists', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook', 'https://blsmon1.bls.gov/ooh/computer-and-information-technology/print/computer-support-specialists.htm', NULL, DATE '2026-11-28'),
    (161, 'bls-ooh-computer-support-2012', 'Computer Support Specialists', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (archived by the UNT CyberCemetery)', 'https://cybercemetery.unt.edu/archive/oilspill/20121014032502/http://www.bls.gov/ooh/computer-and-information-technology/computer-support-specialists.htm', 2012, DATE '2026-11-28'),
    (162, 'vault-technical-support-specialists-outlook', 'Technical Support Specialists: Outlook', 'Vault', 'https://vault.com/professions/technical-support-specialists/outlook', NULL, DATE '2026-11-28'),
    (163, 'studentscholarships-656', 'Computer Support Specialists - What They Do', 'StudentScholarships.org', 'https://studentscholarships.org/salary/656/?p=2', NULL, DATE '2026-11-28'),
    (164, 'book118-7053154000011050', 'IT技术支持团队服务水平考核表', '原创力文档（max.book118.com）', 'https://max.book118.com/html/2026/0202/7053154000011050.shtm', 2026, DATE '2026-11-28'),
    (165, 'renrendoc-492093707', 'IT支持人员岗位职责及服务流程', '人人文库（renrendoc.com）', 'https://www.renrendoc.com/paper/492093707.html', NULL, DATE '2026-11-28'),
    (166, 'renrendoc-463554430', 'IT技术支持岗位工作指南', '人人文库（renrendoc.com）', 'https://www.renrendoc.com/paper/463554430.html', NULL, DATE '2026-11-28'),
    (170, 'bls-ooh-receptionists-copy', 'Receptionists', 'proofreadingbysherri.com (reproduces the BLS Occupational Outlook Handbook text)', 'http://www.proofreadingbysherri.com/receptionist.html', NULL, DATE '2026-11-28'),
    (171, 'bls-ooh-receptionists-2012', 'Receptionists', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (archived by the UNT CyberCemetery)', 'https://cybercemetery.unt.edu/archive/oilspill/20121002171653/http://www.bls.gov/ooh/office-and-administrative-support/receptionists.htm', 2012, DATE '2026-11-28'),
    (172, 'fudaoke-2755470', '公司前台与行政的区别', 'fudaoke.com', 'https://www.fudaoke.com/exam/2755470.html', NULL, DATE '2026-11-28'),
    (173, 'book118-6235044133012102', '前台员工岗位月度绩效考核表(KPI)', '原创力文档（max.book118.com）', 'https://max.book118.com/html/2026/0214/6235044133012102.shtm', 2026, DATE '2026-11-28'),
    (174, 'kejiwu5-48874', '公司前台什么意思', 'kejiwu5.cn', 'http://www.kejiwu5.cn/jingdianwenan/48874.html', 2025, DATE '2026-11-28'),
    (175, 'csdn-download-87978731', '前台手册:前台岗位职责及工作要求', 'CSDN', 'https://download.csdn.net/download/2201_75761617/87978731', NULL, DATE '2026-11-28'),
    (176, 'life001-194271', '中国【前台(行政)】职业具体是做什么的', 'life001.com', 'https://www.life001.com/career/article/194271', NULL, DATE '2026-11-28'),
    (180, 'studentscholarships-675', 'Sales Representatives, Wholesale and Manufacturing - What They Do', 'StudentScholarships.org', 'https://www.studentscholarships.org/salary/675/?p=2', NULL, DATE '2026-11-28'),
    (181, 'bls-ooh-wholesale-sales-copy', 'Wholesale and Manufacturing Sales Representatives', 'precisionmetalworks360.com (reproduces the BLS Occupational Outlook Handbook text)', 'http://precisionmetalworks360.com/wholesale-and-manufacturing-sales-representatives.html', NULL, DATE '2026-11-28'),
    (182, 'edinformatics-sales-representative', 'Sales Representatives, Wholesale and Manufacturing', 'Edinformatics', 'https://www.edinformatics.com/careers/sales_representative.htm', NULL, DATE '2026-11-28'),
    (183, 'vault-sales-representatives-outlook', 'Sales Representatives: Outlook', 'Vault', 'https://vault.com/professions/sales-representatives/outlook', NULL, DATE '2026-11-28'),
    (184, 'taowenge-18972963', '销售人员各岗位岗位职责、任职资格、岗位权限描绘', '淘文阁（taowenge.com）', 'https://taowenge.com/p-18972963.html', NULL, DATE '2026-11-28'),
    (185, 'book118-6210130023012053', '销售业绩考核指标体系通用模板', '原创力文档（max.book118.com）', 'https://max.book118.com/html/2026/0127/6210130023012053.shtm', 2026, DATE '2026-11-28'),
    (186, 'hanyi-xiaoshou-dengji', '销售的等级名称是什么', 'hanyi.net', 'http://www.hanyi.net/tag_xiaoshoudedengjimingchengshishenme', NULL, DATE '2026-11-28'),
    (187, 'wnwk-3130640', '销售部业务员职务说明书', 'wnwk.com', 'https://m.wnwk.com/docdown/3130640.html', NULL, DATE '2026-11-28'),
    (190, 'callminer-inbound-outbound-2017', 'Inbound Vs. Outbound Call Center Metrics: Benchmarks & Best Practices', 'CallMiner Community', 'https://community.callminer.com/community/industry-news-and-best-practices/blog/2017/11/28/inbound-vs-outbound-call-center-metrics-benchmarks-best-practices', 2017, DATE '2026-11-28');

-- Roles (O*NET fields as in tools/onet/catalog.py)
insert into role (id, slug, position, family_id, onet_code, onet_match, ratings_code) values
    (6, 'telemarketer', 1, 2, '41-9041.00', 'exact', '41-9041.00'),
    (7, 'technical-support-specialist', 5, 1, '15-1232.00', 'exact', '15-1232.00'),
    (8, 'receptionist', 6, 1, '43-4171.00', 'exact', '43-4171.00'),
    (9, 'sales-representative', 2, 2, '41-4012.00', 'nearest', '41-4012.00');

insert into role_text (role_id, locale, name, description) values
    (6, 'zh-CN', '电话销售',
     '电话销售打电话联系企业和个人，推销商品或服务，有的岗位则是为慈善事业募集捐款。通话多按事先准备的话术进行，业绩通常用每日通话量、有效沟通时长、意向客户数量和成交额来衡量。'),
    (6, 'en', 'Telemarketer',
     'A telemarketer phones businesses and individuals to sell goods or services; in some jobs the aim is to raise donations for charity instead. Calls are built around a prepared script, and results are usually measured by daily calls, effective talk time, interested prospects and sales closed.'),
    (7, 'zh-CN', '技术支持专员',
     '技术支持专员帮助使用电脑软硬件的人解决问题：解答疑问、排查和修复故障、安装设备、照看系统的日常运行，遇到重大故障则交给厂商或技术人员。美国劳工统计局把这类工作分为两种：一种为本单位的 IT 人员提供支持，另一种（服务台技术员）帮助非 IT 岗位的用户。'),
    (7, 'en', 'Technical support specialist',
     'A technical support specialist helps people who use computer hardware and software: answering questions, tracing and fixing faults, setting up equipment, watching over systems day to day and handing major faults to vendors or technicians. The U.S. Bureau of Labor Statistics distinguishes two kinds of work: supporting an organization''s own IT staff and, as help-desk technicians, helping users outside IT.'),
    (8, 'zh-CN', '前台接待',
     '前台接待在单位入口的接待处工作：迎接来访客人、问明来意并引导到位，接听和转接电话，解答有关本单位的一般问题。前台的工作还包括文件录入、日常文书整理、收发快递信件等行政事务，在国内企业中通常被视为行政岗位的入门职位。'),
    (8, 'en', 'Receptionist',
     'A receptionist works at the front desk by the entrance: greeting visitors, finding out what they need and pointing them the right way, answering and routing calls, and answering general questions about the organization. The job also covers administrative work such as data entry, routine paperwork, and mail and deliveries, and in Chinese companies it is usually seen as an entry-level administrative job.'),
    (9, 'zh-CN', '销售代表',
     '销售代表为企业赢得和维护客户：联系老客户和潜在客户，介绍和推荐产品，报价、签单，成交后继续提供支持。本页的 O*NET 数据来自最接近的美国职业“批发和制造业销售代表（技术和科学产品除外）”，这一职业替批发商或生产商把商品卖给企业或团体客户。'),
    (9, 'en', 'Sales representative',
     'A sales representative wins and keeps customers for a company: contacting existing and potential customers, presenting and recommending products, quoting prices, closing orders and supporting customers after the sale. The O*NET data on this page come from the nearest U.S. occupation, wholesale and manufacturing sales representatives (except technical and scientific products), who sell on behalf of wholesalers or manufacturers to businesses or to groups of buyers.');

-- Titles people also use: English from O*NET reported titles, Chinese from the job pages cited.
insert into role_title (role_id, locale, position, title, source_id) values
    (6, 'zh-CN', 1, '电销专员', 153),
    (6, 'zh-CN', 2, '电话销售代表', 154),
    (6, 'en', 1, 'Telesales Representative', 1019),
    (6, 'en', 2, 'Telephone Sales Representative (TSR)', 1019),
    (6, 'en', 3, 'Inside Sales Representative', 1019),
    (6, 'en', 4, 'Telemarketing Sales Representative', 1019),
    (7, 'zh-CN', 1, 'IT技术支持', 166),
    (7, 'zh-CN', 2, 'IT支持人员', 165),
    (7, 'en', 1, 'Help Desk Analyst', 1013),
    (7, 'en', 2, 'Desktop Support Technician', 1013),
    (7, 'en', 3, 'IT Support Specialist', 1013),
    (7, 'en', 4, 'Computer Support Specialist', 1013),
    (8, 'zh-CN', 1, '前台', 175),
    (8, 'zh-CN', 2, '行政前台', 174),
    (8, 'zh-CN', 3, '前台文员', 176),
    (8, 'en', 1, 'Front Desk Receptionist', 1022),
    (8, 'en', 2, 'Medical Receptionist', 1022),
    (8, 'en', 3, 'Information Assistant', 1022),
    (8, 'en', 4, 'Registration Clerk', 1022),
    (9, 'zh-CN', 1, '业务员', 187),
    (9, 'zh-CN', 2, '销售专员', 185),
    (9, 'en', 1, 'Account Representative', 1018),
    (9, 'en', 2, 'Outside Sales Representative', 1018),
    (9, 'en', 3, 'Inside Salesperson', 1018),
    (9, 'en', 4, 'Sales Consultant', 1018);

-- ==================================================================================================
-- telemarketer / responsibilities
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6101, 6, 1, 'zh-CN', 1, '打电话推销商品或服务',
     '主动致电企业和个人，推销商品或服务；有的岗位则是为慈善事业募集捐款。', 1019),
    (6102, 6, 1, 'zh-CN', 2, '照话术说服对方购买或捐款',
     '按事先准备好的介绍产品或服务的话术讲解，争取让对方下单或捐款。', 1019),
    (6103, 6, 1, 'zh-CN', 3, '讲解产品和价格，回答疑问',
     '向对方说明产品或服务的内容和价格，并回答客户提出的问题。', 1019),
    (6104, 6, 1, 'zh-CN', 4, '登记客户信息，录入订单',
     '记下买方的姓名、地址和付款方式，把订单录入电脑系统。', 1019),
    (6105, 6, 1, 'zh-CN', 5, '接听广告带来的来电',
     '有些潜在客户看到广告后会打电话进来，这些来电也由电话销售接听。', 1019),
    (6106, 6, 1, 'zh-CN', 6, '回复来函，跟进初次联系的客户',
     '通过电话或信件回复客户的来信，并跟进第一次联系过的潜在客户。', 1019);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6151, 6, 1, 'en', 1, 'Calls businesses and individuals to sell goods or services',
     'Telemarketers phone companies and private individuals to sell goods or services; in some jobs they ask for donations to charitable causes instead.', 1019),
    (6152, 6, 1, 'en', 2, 'Uses a prepared script to persuade people to buy or give',
     'They work from a prepared script describing the product or service, aiming to get the person on the line to order or donate.', 1019),
    (6153, 6, 1, 'en', 3, 'Explains products and prices and answers questions',
     'They tell people what the product or service offers and what it costs, and answer the questions customers raise.', 1019),
    (6154, 6, 1, 'en', 4, 'Takes customer details and enters orders',
     'They note each buyer''s name, address and payment method and key the order into the computer system.', 1019),
    (6155, 6, 1, 'en', 5, 'Takes calls from people who saw an advertisement',
     'Some prospects phone in after seeing an ad, and the telemarketer handles those calls too.', 1019),
    (6156, 6, 1, 'en', 6, 'Answers letters and follows up first contacts',
     'They reply to customers'' letters by phone or in writing and follow up with prospects they have reached once.', 1019);

-- telemarketer / daily-work
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6201, 6, 2, 'zh-CN', 1, '每天按名单拨打一定数量的电话',
     '对着客户名单逐个打过去，向每个人介绍公司的产品。', 150),
    (6202, 6, 2, 'zh-CN', 2, '记下每通电话的关键信息',
     '包括客户的反馈、拒绝的理由、潜在需求和下次跟进的时间，并在系统里及时更新客户状态。', 150),
    (6203, 6, 2, 'zh-CN', 3, '根据对象调整话术',
     '有的岗位要针对具体客户的需要和兴趣修改话术，让介绍更对路。', 1019),
    (6204, 6, 2, 'zh-CN', 4, '收集潜在客户的姓名和电话',
     '有的岗位要自己找名单，来源包括电话簿、杂志回执卡和向其他机构购买的名单。', 1019),
    (6205, 6, 2, 'zh-CN', 5, '替销售代表约见客户',
     '有的岗位还要替销售代表约好与潜在客户见面，或邀请客户参加产品推介会。', 1019),
    (6206, 6, 2, 'zh-CN', 6, '做客户或市场调查',
     '有的岗位要通过调查收集潜在客户的信息。', 1019);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6251, 6, 2, 'en', 1, 'Works through a set number of calls from a list every day',
     'The telemarketer goes down a list of customers, introducing the company''s products to each one.', 150),
    (6252, 6, 2, 'en', 2, 'Logs the key facts of every call',
     'That means the customer''s response, the reason for any refusal, possible needs and when to call back, with the customer''s status kept up to date in the system.', 150),
    (6253, 6, 2, 'en', 3, 'Adapts the script to the person',
     'In some jobs the script is reworked to fit what a particular customer needs and cares about.', 1019),
    (6254, 6, 2, 'en', 4, 'Collects names and numbers of prospects',
     'In some jobs telemarketers build their own lists from phone directories, magazine reply cards and lists bought from other organizations.', 1019),
    (6255, 6, 2, 'en', 5, 'Books meetings for sales representatives',
     'Some also set up meetings between sales representatives and prospects, or invite customers to sales presentations.', 1019),
    (6256, 6, 2, 'en', 6, 'Runs customer or market surveys',
     'In some jobs, surveys are used to learn more about potential customers.', 1019);

-- telemarketer / skills
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6301, 6, 3, 'zh-CN', 1, '口头表达和说服力',
     'O*NET 认为这是电话销售最重要的两项技能。', 1019),
    (6302, 6, 3, 'zh-CN', 2, '主动倾听',
     '专心听对方说话，弄清对方的意思，必要时追问。', 1019),
    (6303, 6, 3, 'zh-CN', 3, '服务意识，善于察言观色',
     '主动想办法帮客户解决问题，并能从对方的反应里读出他的态度。', 1019),
    (6304, 6, 3, 'zh-CN', 4, '懂销售，也懂客户服务',
     'O*NET 对这一职业评分最高的两个知识领域是销售与营销、客户与个人服务。', 1019),
    (6305, 6, 3, 'zh-CN', 5, '会用 CRM 和办公软件',
     'O*NET 列出的常用工具包括 Salesforce、Microsoft Dynamics 等客户关系管理（CRM）软件，以及 Microsoft Office 和 Outlook。', 1019),
    (6306, 6, 3, 'zh-CN', 6, '产品知识、销售技巧和电话礼仪',
     '一家公司的电话营销管理办法规定，新入职的电话销售代表要接受产品知识、销售技巧、电话礼仪等方面的培训。', 154),
    (6307, 6, 3, 'zh-CN', 7, '普通话流利，扛得住压力',
     '国内外呼岗位对学历要求不高，但要求普通话流利、能承受压力，并会基本的电脑操作。', 151);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6351, 6, 3, 'en', 1, 'Speaking and persuasion',
     'O*NET rates these as the two most important skills for telemarketers.', 1019),
    (6352, 6, 3, 'en', 2, 'Active listening',
     'Giving the other person full attention, making sure of what they mean and asking questions where needed.', 1019),
    (6353, 6, 3, 'en', 3, 'Service orientation and social perceptiveness',
     'Looking for ways to help customers, and reading people''s reactions to understand where they stand.', 1019),
    (6354, 6, 3, 'en', 4, 'Knows sales and customer service',
     'Sales and marketing, and customer and personal service, are the knowledge areas O*NET rates highest for the occupation.', 1019),
    (6355, 6, 3, 'en', 5, 'Uses CRM and office software',
     'The tools O*NET lists include customer relationship management (CRM) software such as Salesforce and Microsoft Dynamics, along with Microsoft Office and Outlook.', 1019),
    (6356, 6, 3, 'en', 6, 'Product knowledge, sales technique and telephone etiquette',
     'One company''s telemarketing rules require new telephone sales representatives to be trained in these and other areas.', 154),
    (6357, 6, 3, 'en', 7, 'Fluent Mandarin and the ability to handle pressure',
     'Outbound-calling jobs in China ask little in the way of formal education, but they require fluent Mandarin, resilience under pressure and basic computer skills.', 151);

-- telemarketer / kpis
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6401, 6, 4, 'zh-CN', 1, '电话呼出量',
     '按天、周或月统计每个人打出的电话数，反映工作投入和工作量；但要结合通话质量和转化率一起看。', 152),
    (6402, 6, 4, 'zh-CN', 2, '有效沟通时长',
     '与客户真正交谈的时间长短，也是电话销售常见的业绩指标。', 150),
    (6403, 6, 4, 'zh-CN', 3, '意向客户数量',
     '通话中发掘出多少有购买意向的客户。', 150),
    (6404, 6, 4, 'zh-CN', 4, '成交额',
     '最终谈成的销售金额。', 150),
    (6405, 6, 4, 'zh-CN', 5, '销售转化率',
     '成交客户数占联系客户总数的比例，用来看团队把潜在客户变成买家的能力。', 152),
    (6406, 6, 4, 'zh-CN', 6, '平均订单价值',
     '每笔订单的平均成交金额，能看出客户的消费能力和购买偏好。', 152),
    (6407, 6, 4, 'zh-CN', 7, '业绩和服务质量都要考核',
     '一家公司的管理办法规定，电话销售代表的考核标准包括业绩、服务质量等方面。', 154);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6451, 6, 4, 'en', 1, 'Outbound call volume',
     'The number of calls each person makes per day, week or month shows effort and workload, but it has to be read together with call quality and conversion rate.', 152),
    (6452, 6, 4, 'en', 2, 'Effective talk time',
     'How long the telemarketer spends in real conversation with customers is another common target.', 150),
    (6453, 6, 4, 'en', 3, 'Interested prospects',
     'The number of people who show an interest in buying during calls.', 150),
    (6454, 6, 4, 'en', 4, 'Sales closed',
     'The value of the sales finally agreed.', 150),
    (6455, 6, 4, 'en', 5, 'Conversion rate',
     'Customers who buy as a share of all customers contacted, used to gauge how well the team turns prospects into buyers.', 152),
    (6456, 6, 4, 'en', 6, 'Average order value',
     'The average amount per order, which shows what customers can spend and what they like to buy.', 152),
    (6457, 6, 4, 'en', 7, 'Both results and service quality count',
     'One company''s rules assess telephone sales representatives on sales results and service quality, among other things.', 154);

-- telemarketer / works-with
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6501, 6, 5, 'zh-CN', 1, '企业和个人',
     '电话销售联系的对象既有企业，也有个人。', 1019),
    (6502, 6, 5, 'zh-CN', 2, '销售代表',
     '有的电话销售要替销售代表约见潜在客户，或请客户参加他们的推介会。', 1019),
    (6503, 6, 5, 'zh-CN', 3, '电销主管或经理',
     '主管或经理制定团队的销售策略和目标，指导日常销售，并负责培训和考核电销专员。', 153),
    (6504, 6, 5, 'zh-CN', 4, '市场部门和产品部门',
     '电话销售直接接触大量客户，要定期把听到的产品、价格、竞品和市场反馈整理好，报给市场或产品部门。', 150),
    (6505, 6, 5, 'zh-CN', 5, '直邮和外勤销售人员',
     '在有些公司，电话销售只是整体销售的一环，电话销售人员要与负责直邮或外勤销售的同事配合。', 156);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6551, 6, 5, 'en', 1, 'Businesses and private individuals',
     'The people telemarketers call include both companies and private individuals.', 1019),
    (6552, 6, 5, 'en', 2, 'Sales representatives',
     'Some telemarketers book meetings with prospects for sales representatives, or invite customers to their sales presentations.', 1019),
    (6553, 6, 5, 'en', 3, 'The telemarketing supervisor or manager',
     'The supervisor or manager sets the team''s sales strategy and targets, guides day-to-day selling, and trains and assesses the telemarketers.', 153),
    (6554, 6, 5, 'en', 4, 'Marketing and product teams',
     'Because they talk to so many customers, telemarketers are expected to pass on regularly what they hear about products, prices, competitors and the market to the marketing or product department.', 150),
    (6555, 6, 5, 'en', 5, 'Direct-mail and field sales staff',
     'Where telemarketing is only one part of a company''s sales effort, telemarketers work as a team with direct-mail or field sales specialists.', 156);

-- telemarketer / career-path
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6601, 6, 6, 'zh-CN', 1, '入行门槛不高，边干边学',
     '这份工作不要求特定学历，培训一般在工作中进行。', 156),
    (6602, 6, 6, 'zh-CN', 2, '专员 → 组长 → 主管 → 经理',
     '国内外呼岗位的晋升通常沿这条路线，从一线专员做起。', 151),
    (6603, 6, 6, 'zh-CN', 3, '也可能转去运营或培训',
     '部分企业允许转到运营或培训部门；能不能这样转岗，要看具体企业。', 151),
    (6604, 6, 6, 'zh-CN', 4, '拿得出成交业绩，前景最好',
     '在美国，有经验、并有可靠成交记录的电话销售求职前景最好；这一行人员流动大，离职的人留下的空缺需要不断补上。', 157);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (6651, 6, 6, 'en', 1, 'Easy to enter, learned on the job',
     'No particular educational credentials are required, and training is generally given on the job.', 156),
    (6652, 6, 6, 'en', 2, 'Agent → team leader → supervisor → manager',
     'In China, promotion in outbound-calling jobs usually follows this ladder, starting from the front-line agent.', 151),
    (6653, 6, 6, 'en', 3, 'Sometimes a move into operations or training',
     'Some employers let telemarketers transfer to their operations or training departments; whether that is possible depends on the employer.', 151),
    (6654, 6, 6, 'en', 4, 'A record of sales matters most',
     'In the U.S., telemarketers with experience and a proven record of generating sales have the best job prospects; turnover is high, so workers who leave keep having to be replaced.', 157);

-- ==================================================================================================
-- technical-support-specialist / responsibilities
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7101, 7, 1, 'zh-CN', 1, '解答软硬件使用问题',
     '用户在使用电脑软件或硬件时遇到麻烦来询问，由技术支持专员解答并把问题解决。', 1013),
    (7102, 7, 1, 'zh-CN', 2, '排查故障，提供技术支持',
     '查阅技术手册、向用户了解情况或运行诊断程序，找出原因并加以解决。', 1013),
    (7103, 7, 1, 'zh-CN', 3, '为员工安装和配置设备',
     '为员工准备好要用的设备，确保线缆、操作系统和所需软件都装好、装对。', 1013),
    (7104, 7, 1, 'zh-CN', 4, '照看系统的日常运行',
     '关注计算机系统每天的运行状况，输入命令观察系统反应，确认运行正常并及时发现错误。', 1013),
    (7105, 7, 1, 'zh-CN', 5, '安装软硬件，做小修',
     '按照设计或安装规范安装硬件、软件和外部设备，并做些小的维修。', 1013),
    (7106, 7, 1, 'zh-CN', 6, '把大问题交给厂商或技术人员',
     '重大的硬件或软件问题、有缺陷的产品，转交供应商或技术人员维修。', 1013),
    (7107, 7, 1, 'zh-CN', 7, '评估软硬件，提出改进建议',
     '判断软件和硬件好不好用，提出改进或升级的建议。', 1013),
    (7108, 7, 1, 'zh-CN', 8, '编写培训材料，培训用户',
     '编写培训材料和操作规程，教用户正确使用软硬件。', 1013);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7151, 7, 1, 'en', 1, 'Answers users'' hardware and software questions',
     'When users run into trouble with computer software or hardware, the specialist answers their questions and sorts the problem out.', 1013),
    (7152, 7, 1, 'en', 2, 'Investigates and fixes problems',
     'They read technical manuals, talk with users or run diagnostics to find the cause and put it right.', 1013),
    (7153, 7, 1, 'en', 3, 'Sets up equipment for staff',
     'They get equipment ready for employees, making sure cables, operating systems and the right software are installed properly.', 1013),
    (7154, 7, 1, 'en', 4, 'Watches over systems day to day',
     'They check how computer systems perform each day, entering commands and observing the results to confirm that things work and to catch errors.', 1013),
    (7155, 7, 1, 'en', 5, 'Installs hardware and software and makes minor repairs',
     'Hardware, software and peripherals are installed, and given small repairs, according to design or installation specifications.', 1013),
    (7156, 7, 1, 'en', 6, 'Hands major problems to vendors or technicians',
     'Serious hardware or software faults and defective products go to the vendor or to technicians for repair.', 1013),
    (7157, 7, 1, 'en', 7, 'Evaluates hardware and software and suggests upgrades',
     'They judge how well software and hardware serve users and propose improvements or upgrades.', 1013),
    (7158, 7, 1, 'en', 8, 'Writes training materials and trains users',
     'They write training materials and procedures and teach users how to work with hardware and software properly.', 1013);

-- technical-support-specialist / daily-work
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7201, 7, 2, 'zh-CN', 1, '接收报修，第一时间响应',
     '用户通过工单系统、即时通讯或当面反映问题后，要马上响应，先判断属于哪类问题。', 165),
    (7202, 7, 2, 'zh-CN', 2, '常见故障快速解决',
     '常见的软件报错、硬件小毛病，凭经验快速找到原因并修好，比如重装驱动、调整网络配置。', 165),
    (7203, 7, 2, 'zh-CN', 3, '记录问题和处理经过',
     '记下每天的数据通信情况、遇到的问题、采取的补救措施和安装工作。', 1013),
    (7204, 7, 2, 'zh-CN', 4, '定期巡检，更新补丁',
     '定期检查电脑、打印机、网络设备和服务器，并为操作系统和办公软件更新版本、打补丁。', 165),
    (7205, 7, 2, 'zh-CN', 5, '设备发放前先检查',
     '对照订单检查设备，准备好后交给用户。', 1013),
    (7206, 7, 2, 'zh-CN', 6, '持续学习软硬件知识',
     '靠行业杂志、技术手册以及各类会议和研讨会，跟上软硬件的变化。', 1013),
    (7207, 7, 2, 'zh-CN', 7, '可能要上夜班或周末班',
     '计算机支持对企业很重要，支持服务可能需要全天候提供，所以不少技术支持人员要在夜间或周末上班。', 160);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7251, 7, 2, 'en', 1, 'Picks up requests and responds at once',
     'Users report problems through the ticket system, instant messaging or in person; the specialist responds right away and first works out what kind of problem it is.', 165),
    (7252, 7, 2, 'en', 2, 'Fixes common faults quickly',
     'Common software errors and minor hardware faults are traced and fixed quickly from experience, for example by reinstalling a driver or changing network settings.', 165),
    (7253, 7, 2, 'en', 3, 'Keeps records of problems and fixes',
     'They log daily data communication activity, the problems found, the remedies applied and installation work.', 1013),
    (7254, 7, 2, 'en', 4, 'Runs routine checks and installs patches',
     'Computers, printers, network equipment and servers are checked on a regular schedule, and operating systems and office software are kept updated and patched.', 165),
    (7255, 7, 2, 'en', 5, 'Checks equipment before it goes out',
     'Equipment is inspected against the order sheet and made ready to hand over to users.', 1013),
    (7256, 7, 2, 'en', 6, 'Keeps up with hardware and software',
     'Trade magazines, technical manuals, conferences and seminars keep their knowledge current.', 1013),
    (7257, 7, 2, 'en', 7, 'May work nights or weekends',
     'Because computer support matters to businesses, support may need to be available around the clock, so many support specialists work nights or weekends.', 160);

-- technical-support-specialist / skills
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7301, 7, 3, 'zh-CN', 1, '计算机与电子知识',
     '这是 O*NET 对该职业评分最高的知识领域，其次是客户与个人服务。', 1013),
    (7302, 7, 3, 'zh-CN', 2, '说、读、听三项基本功',
     'O*NET 评分最高的三项技能是口头表达、阅读理解和主动倾听。', 1013),
    (7303, 7, 3, 'zh-CN', 3, '分析和解决复杂问题',
     '批判性思维和解决复杂问题的评分紧随其后，前者用来权衡不同解决办法的优劣，后者用来理清复杂问题、找出可行方案。', 1013),
    (7304, 7, 3, 'zh-CN', 4, '电信以及教育培训知识',
     'O*NET 给这两个知识领域的评分也较高，后者与培训用户的工作相对应。', 1013),
    (7305, 7, 3, 'zh-CN', 5, '熟悉常用系统和工具',
     'O*NET 列出的需求较大的技术包括 Windows、macOS、Linux 等操作系统，Microsoft Active Directory、ServiceNow、Microsoft Azure，以及 Microsoft Office。', 1013);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7351, 7, 3, 'en', 1, 'Computers and electronics',
     'This is the knowledge area O*NET rates highest for the occupation, followed by customer and personal service.', 1013),
    (7352, 7, 3, 'en', 2, 'Speaking, reading and listening',
     'Speaking, reading comprehension and active listening are the three skills O*NET rates most important.', 1013),
    (7353, 7, 3, 'en', 3, 'Critical thinking and complex problem solving',
     'These come next in O*NET''s ratings: weighing the strengths and weaknesses of possible solutions, and untangling complex problems to find workable options.', 1013),
    (7354, 7, 3, 'en', 4, 'Telecommunications, education and training',
     'O*NET also rates these knowledge areas highly; the second fits the work of training users.', 1013),
    (7355, 7, 3, 'en', 5, 'Common systems and tools',
     'The in-demand technologies O*NET lists include Windows, macOS and Linux, Microsoft Active Directory, ServiceNow, Microsoft Azure and Microsoft Office.', 1013);

-- technical-support-specialist / kpis (targets from one published appraisal template, filled in per employee)
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7401, 7, 4, 'zh-CN', 1, '首次响应时间达标率',
     '一份按员工填写的 IT 技术支持考核表模板把它列在首位，目标值为 90%；响应比目标时间拖得越久，得分越低。', 164),
    (7402, 7, 4, 'zh-CN', 2, '平均解决时长',
     '同一模板的目标是 4 小时以内，每超出 1 小时扣 5 分。', 164),
    (7403, 7, 4, 'zh-CN', 3, '一次性解决率',
     '问题一次就解决的比例，模板的目标是 75%。', 164),
    (7404, 7, 4, 'zh-CN', 4, '问题升级次数',
     '把问题转给上一级处理的次数，模板规定每月不超过 5 次。', 164),
    (7405, 7, 4, 'zh-CN', 5, '客户满意度评分和投诉率',
     '满意度目标为 4.5 分（满分 5 分），投诉率要低于 5%。', 164),
    (7406, 7, 4, 'zh-CN', 6, '知识库贡献',
     '模板还考核知识库文档的更新数量（每月不少于 20 篇）和准确率（目标 95%）。', 164);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7451, 7, 4, 'en', 1, 'Share of first responses on time',
     'A published appraisal template for IT support staff, filled in for each employee, lists it first with a target of 90%; the further a response runs past the target time, the lower the score.', 164),
    (7452, 7, 4, 'en', 2, 'Average resolution time',
     'The same template sets a target of 4 hours and takes off 5 points for every hour over.', 164),
    (7453, 7, 4, 'en', 3, 'One-time resolution rate',
     'The share of problems solved in one go; the template''s target is 75%.', 164),
    (7454, 7, 4, 'en', 4, 'Escalations',
     'How often problems are passed up to the next level; the template allows no more than 5 a month.', 164),
    (7455, 7, 4, 'en', 5, 'Customer satisfaction score and complaint rate',
     'The targets are a satisfaction score of 4.5 out of 5 and a complaint rate below 5%.', 164),
    (7456, 7, 4, 'en', 6, 'Knowledge-base contributions',
     'The template also scores how many knowledge-base articles are updated (at least 20 a month) and how accurate they are (target 95%).', 164);

-- technical-support-specialist / works-with
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7501, 7, 5, 'zh-CN', 1, '员工和其他用户',
     '日常服务的对象，是使用电脑软硬件的员工和其他用户。', 1013),
    (7502, 7, 5, 'zh-CN', 2, 'IT 同事或非 IT 用户',
     '美国劳工统计局描述了两类人：一类为本单位的 IT 员工提供支持，另一类（服务台技术员）帮助非 IT 岗位的用户。', 161),
    (7503, 7, 5, 'zh-CN', 3, '供应商和技术人员',
     '遇到重大问题或有缺陷的产品，要请供应商或技术人员来修。', 1013),
    (7504, 7, 5, 'zh-CN', 4, '员工、用户和管理层',
     '新建或修改系统之前，与员工、用户和管理层一起商定系统要满足哪些需求。', 1013),
    (7505, 7, 5, 'zh-CN', 5, '系统管理员和数据库工程师',
     '遇到服务器故障、数据异常等复杂问题，要协调这些后端技术人员一起排查，全程跟进，解决后把结果告诉用户。', 165),
    (7506, 7, 5, 'zh-CN', 6, '开发、运维和安全团队',
     '在项目上线、系统升级时，与开发、运维、安全等团队配合。', 166);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7551, 7, 5, 'en', 1, 'Employees and other users',
     'Day to day, the specialist serves the employees and other people who use computer hardware and software.', 1013),
    (7552, 7, 5, 'en', 2, 'IT colleagues or users outside IT',
     'The U.S. Bureau of Labor Statistics describes two groups: one supports the IT employees of its own organization, the other (help-desk technicians) assists users whose jobs are not in IT.', 161),
    (7553, 7, 5, 'en', 3, 'Vendors and technicians',
     'For major problems or defective products, the specialist calls in the vendor or a technician.', 1013),
    (7554, 7, 5, 'en', 4, 'Staff, users and management',
     'Before a system is built or changed, they work with staff, users and managers to settle what it has to do.', 1013),
    (7555, 7, 5, 'en', 5, 'System administrators and database engineers',
     'For complex problems such as server failures or data errors, the specialist brings in these back-end specialists to troubleshoot together, follows the case through and reports the outcome to the user.', 165),
    (7556, 7, 5, 'en', 6, 'Development, operations and security teams',
     'When projects go live or systems are upgraded, the specialist works alongside development, operations and security teams.', 166);

-- technical-support-specialist / career-path
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7601, 7, 6, 'zh-CN', 1, '入行路径多样',
     '在美国，有的岗位要求本科学历，有的有副学士学位（相当于大专）或上过一些大学课程就够了。', 160),
    (7602, 7, 6, 'zh-CN', 2, '入职后常有数月培训',
     '美国劳工统计局 2012 年的资料指出，很多人被录用后要参加为期几个月的培训。', 161),
    (7603, 7, 6, 'zh-CN', 3, '晋升为技术支持主管',
     '展现出领导能力、工作能力突出的人，可能被提拔为技术支持部门的主管；主管处理更复杂的问题，还要负责排班、面试和分派工作。', 162),
    (7604, 7, 6, 'zh-CN', 4, '处理更难的问题，或走向管理',
     '新人一般直接为客户或内部用户服务，之后可能转到技术难度更高的产品或问题上，也有人走上管理岗位。', 163),
    (7605, 7, 6, 'zh-CN', 5, '转做程序员或软件工程师',
     '也有人转到其他职业，比如程序员或软件工程师，从帮助用户转为设计产品。', 163),
    (7606, 7, 6, 'zh-CN', 6, '再往上走需要进修',
     '更高的晋升需要更多学习：有人考取计算机网络方面的商业认证，有人攻读计算机科学本科。', 162),
    (7607, 7, 6, 'zh-CN', 7, '晋升快慢因雇主而异',
     '晋升主要看工作表现，学历和专业认证能增加机会；在硬件和软件公司，有时几个月就能获得晋升。', 163);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (7651, 7, 6, 'en', 1, 'Many ways in',
     'In the U.S., some positions require a bachelor''s degree, while for others an associate''s degree or some college classes may be enough.', 160),
    (7652, 7, 6, 'en', 2, 'Often several months of training after hiring',
     'According to BLS material from 2012, many workers go through a training program lasting several months once they are hired.', 161),
    (7653, 7, 6, 'en', 3, 'Promotion to support supervisor',
     'Specialists who show leadership and a strong aptitude for the work may be promoted to supervisor in a technical support department, taking the harder problems plus scheduling, interviewing and assigning work.', 162),
    (7654, 7, 6, 'en', 4, 'Harder problems, or management',
     'Newcomers generally work directly with customers or in-house users; later they may move to products or problems of greater technical complexity, and some move into management.', 163),
    (7655, 7, 6, 'en', 5, 'A move into programming or software engineering',
     'Some find openings in other occupations, such as computer programmer or software engineer, designing products instead of helping users.', 163),
    (7656, 7, 6, 'en', 6, 'Going further takes more education',
     'Further promotion requires more study: some earn commercial certification in computer networking, others work toward a bachelor''s degree in computer science.', 162),
    (7657, 7, 6, 'en', 7, 'The pace of promotion varies by employer',
     'Promotion depends heavily on job performance, and formal education and certification can improve the odds; at hardware and software companies it sometimes comes within months.', 163);

-- ==================================================================================================
-- receptionist / responsibilities
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8101, 8, 1, 'zh-CN', 1, '接听、筛选和转接电话',
     '操作总机接听来电，判断来意后转给合适的人，同时提供信息、记录留言或安排预约。', 1022),
    (8102, 8, 1, 'zh-CN', 2, '迎接访客，问明来意并引路',
     '来访者进门时主动问候，弄清来访的目的，再指引或陪同到要去的地方。', 1022),
    (8103, 8, 1, 'zh-CN', 3, '介绍本单位的基本情况',
     '回答某个部门在哪里、谁在这里工作、提供哪些服务之类的问题。', 1022),
    (8104, 8, 1, 'zh-CN', 4, '安排预约',
     '为来访者安排预约，并随时更新预约日程。', 1022),
    (8105, 8, 1, 'zh-CN', 5, '受理客户和公众的投诉',
     '听取客户或公众的投诉，并把问题解决。', 1022),
    (8106, 8, 1, 'zh-CN', 6, '收款并登记收据',
     '为所提供的服务收取费用，并登记收据。', 1022),
    (8107, 8, 1, 'zh-CN', 7, '收发邮件和快递',
     '收取、分拣、分发邮件、留言和快递，或把要寄出的准备好。', 1022);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8151, 8, 1, 'en', 1, 'Answers, screens and routes calls',
     'Using the switchboard, the receptionist takes incoming calls, works out what each caller wants and puts them through, giving information, taking messages or booking appointments along the way.', 1022),
    (8152, 8, 1, 'en', 2, 'Greets visitors and shows them the way',
     'Receptionists welcome people as they come in, find out what brings them and direct or walk them to where they need to go.', 1022),
    (8153, 8, 1, 'en', 3, 'Gives information about the organization',
     'Questions such as where a department is, who works there and what services are offered come to the front desk.', 1022),
    (8154, 8, 1, 'en', 4, 'Schedules appointments',
     'They book appointments and keep the appointment calendar up to date.', 1022),
    (8155, 8, 1, 'en', 5, 'Handles complaints',
     'They listen to complaints from customers or the public and resolve them.', 1022),
    (8156, 8, 1, 'en', 6, 'Takes payments',
     'They accept payment for services and record the receipts.', 1022),
    (8157, 8, 1, 'en', 7, 'Handles mail and deliveries',
     'Mail, messages and courier deliveries are collected, sorted and handed out, or made ready to send.', 1022);

-- receptionist / daily-work
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8201, 8, 2, 'zh-CN', 1, '登记来访，通知被访人',
     '按一家公司的前台手册，客人进门要起身迎接，在来访登记簿上记下身份和来意，请客人稍坐、送上茶水，再通知相关同事。', 175),
    (8202, 8, 2, 'zh-CN', 2, '记录并转达来电事项',
     '需要转告的来电内容要记下来并及时转达；遇到异常或特殊情况，必须报告上级。', 174),
    (8203, 8, 2, 'zh-CN', 3, '传送和归档文件',
     '通过电脑、邮寄或传真把资料和文件发给客户，并整理和保管档案。', 1022),
    (8204, 8, 2, 'zh-CN', 4, '承担其他行政杂务',
     '例如校对、誊录手写内容，或用计算器、电脑处理工资记录、发票、资产负债表等文件。', 1022),
    (8205, 8, 2, 'zh-CN', 5, '保持接待区整洁',
     '照看绿植、整理杂志等小事，让大堂和接待区保持整洁。', 1022),
    (8206, 8, 2, 'zh-CN', 6, '坚守岗位',
     '前台需要有人值守，不能擅自离岗。', 174),
    (8207, 8, 2, 'zh-CN', 7, '有的还负责订房订票',
     '同一份前台手册还要求前台为公司领导、员工和客户预订住宿、出行和用餐，安排行程。', 175);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8251, 8, 2, 'en', 1, 'Signs visitors in and alerts the host',
     'In one company''s front-desk handbook, the receptionist stands to greet each guest, records who they are and why they came in the visitor log, offers a seat and a drink, and tells the colleague concerned.', 175),
    (8252, 8, 2, 'en', 2, 'Records and passes on messages',
     'Anything a caller wants passed on is written down and relayed promptly; anything unusual must be reported to a supervisor.', 174),
    (8253, 8, 2, 'en', 3, 'Sends and files documents',
     'Information and documents go out to customers by computer, mail or fax, and records are filed and kept in order.', 1022),
    (8254, 8, 2, 'en', 4, 'Does other administrative work',
     'Examples include proofreading, typing up handwritten notes and handling pay records, invoices or balance sheets on a calculator or computer.', 1022),
    (8255, 8, 2, 'en', 5, 'Keeps the reception area tidy',
     'Small jobs such as caring for plants and straightening magazines keep the lobby presentable.', 1022),
    (8256, 8, 2, 'en', 6, 'Stays at the desk',
     'The front desk has to be staffed at all times, so the receptionist may not leave it without cover.', 174),
    (8257, 8, 2, 'en', 7, 'Travel bookings at some companies',
     'The same handbook also has the receptionist book accommodation, travel and meals and arrange itineraries for executives, staff and clients.', 175);

-- receptionist / skills
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8301, 8, 3, 'zh-CN', 1, '口头表达和主动倾听',
     'O*NET 认为这是前台最重要的两项技能。', 1022),
    (8302, 8, 3, 'zh-CN', 2, '服务意识',
     '主动想办法帮助别人；O*NET 对这一职业评分最高的知识领域也是客户与个人服务。', 1022),
    (8303, 8, 3, 'zh-CN', 3, '熟悉办公室事务',
     '文字处理、文件和档案管理、表格设计等行政事务知识，在 O*NET 的评分中仅次于客户服务。', 1022),
    (8304, 8, 3, 'zh-CN', 4, '察言观色，配合他人',
     'O*NET 也看重社会洞察力和协调能力：读懂来访者的反应，并根据别人的安排调整自己的行动。', 1022),
    (8305, 8, 3, 'zh-CN', 5, '熟练使用办公软件',
     'O*NET 列出的需求较大的工具包括 Microsoft Word、Excel 和 Outlook。', 1022),
    (8306, 8, 3, 'zh-CN', 6, '会用文字处理和表格软件是加分项',
     '在美国，雇主可能更愿意录用会用某些软件的人，熟练掌握文字处理和电子表格软件尤其有用。', 170);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8351, 8, 3, 'en', 1, 'Speaking and active listening',
     'O*NET rates these as the two most important skills for receptionists.', 1022),
    (8352, 8, 3, 'en', 2, 'Service orientation',
     'Looking actively for ways to help people; customer and personal service is also the knowledge area O*NET rates highest for the occupation.', 1022),
    (8353, 8, 3, 'en', 3, 'Office procedures',
     'Knowledge of administrative work, such as word processing, managing files and records, and designing forms, comes second only to customer service in O*NET''s ratings.', 1022),
    (8354, 8, 3, 'en', 4, 'Social perceptiveness and coordination',
     'O*NET also values reading how visitors react and fitting one''s own actions to what others are doing.', 1022),
    (8355, 8, 3, 'en', 5, 'Office software',
     'The in-demand tools O*NET lists include Microsoft Word, Excel and Outlook.', 1022),
    (8356, 8, 3, 'en', 6, 'Word processing and spreadsheets are a plus',
     'In the U.S., employers may prefer candidates who know certain software, and skill with word processing and spreadsheet programs can be particularly helpful.', 170);

-- receptionist / kpis (deductions from one published monthly appraisal template)
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8401, 8, 4, 'zh-CN', 1, '来访登记准确率',
     '一份前台月度绩效考核表模板中，每错登或漏登一次扣 2 分。', 173),
    (8402, 8, 4, 'zh-CN', 2, '访客等候时长',
     '访客平均等候超过 5 分钟，每次扣 1 分。', 173),
    (8403, 8, 4, 'zh-CN', 3, '15 秒内人工接听率',
     '来电 15 秒内没有人接听，每次扣 1 分。', 173),
    (8404, 8, 4, 'zh-CN', 4, '转接错误率',
     '电话转错一次扣 3 分，数据来自话务系统的通话记录和质检录音。', 173),
    (8405, 8, 4, 'zh-CN', 5, '快递和会议室差错',
     '快递漏登一单扣 2 分，会议室预订冲突一次扣 3 分。', 173),
    (8406, 8, 4, 'zh-CN', 6, '投诉',
     '经核实的投诉每单扣 5 分。', 173),
    (8407, 8, 4, 'zh-CN', 7, '仪容仪表和工作纪律',
     '模板还检查是否穿工服、佩戴工牌，是否迟到早退或擅自离岗。', 173);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8451, 8, 4, 'en', 1, 'Accuracy of the visitor log',
     'In a published monthly appraisal template for front-desk staff, each wrong or missing entry costs 2 points.', 173),
    (8452, 8, 4, 'en', 2, 'Visitor waiting time',
     'Each time the average wait goes over 5 minutes, 1 point is deducted.', 173),
    (8453, 8, 4, 'en', 3, 'Calls answered by a person within 15 seconds',
     'Each call not picked up within 15 seconds costs 1 point.', 173),
    (8454, 8, 4, 'en', 4, 'Misrouted calls',
     'Each call put through to the wrong person costs 3 points; the data come from the phone system''s call records and quality-check recordings.', 173),
    (8455, 8, 4, 'en', 5, 'Errors with deliveries and meeting rooms',
     'A delivery left unlogged costs 2 points, and a meeting-room double booking costs 3.', 173),
    (8456, 8, 4, 'en', 6, 'Complaints',
     'Each complaint found to be justified costs 5 points.', 173),
    (8457, 8, 4, 'en', 7, 'Appearance and attendance',
     'The template also checks uniforms and name badges, lateness, leaving early and leaving the desk without permission.', 173);

-- receptionist / works-with
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8501, 8, 5, 'zh-CN', 1, '访客、客户和公众',
     '前台要接待上门的来访者，也要回应客户和公众的询问与投诉。', 1022),
    (8502, 8, 5, 'zh-CN', 2, '来电者',
     '各方来电经由总机接进来，由前台转给合适的人。', 1022),
    (8503, 8, 5, 'zh-CN', 3, '本单位同事',
     '有客人来访时，要通知被访的同事。', 175),
    (8504, 8, 5, 'zh-CN', 4, '上级',
     '遇到异常或特殊的事情，要向上级报告。', 174),
    (8505, 8, 5, 'zh-CN', 5, '保洁和绿植租摆服务',
     '在一家公司的前台手册里，前台还要监督和检查保洁、绿植租摆等工作。', 175);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8551, 8, 5, 'en', 1, 'Visitors, customers and the public',
     'Receptionists receive people who come in and deal with questions and complaints from customers and the public.', 1022),
    (8552, 8, 5, 'en', 2, 'Callers',
     'Calls from all kinds of people come in through the switchboard, and the receptionist passes them to the right person.', 1022),
    (8553, 8, 5, 'en', 3, 'Colleagues',
     'When a guest arrives, the receptionist lets the colleague being visited know.', 175),
    (8554, 8, 5, 'en', 4, 'Their supervisor',
     'Anything unusual or out of the ordinary is reported to the supervisor.', 174),
    (8555, 8, 5, 'en', 5, 'Cleaning and plant-rental services',
     'In one company''s front-desk handbook, the receptionist also oversees and checks the cleaning and the rented office plants.', 175);

-- receptionist / career-path
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8601, 8, 6, 'zh-CN', 1, '高中学历加良好的沟通能力',
     '在美国，前台通常需要高中或同等学历，以及良好的沟通能力。', 170),
    (8602, 8, 6, 'zh-CN', 2, '短期在岗培训',
     '多数人在岗位上培训几天到一个月，学习接待访客、接听电话和使用电脑的流程。', 170),
    (8603, 8, 6, 'zh-CN', 3, '可能升为秘书或行政助理',
     '前台可能晋升到责任更大的其他行政岗位，比如秘书和行政助理。', 170),
    (8604, 8, 6, 'zh-CN', 4, '行政岗位的入门职位',
     '在国内企业，前台通常是行政岗位的起点，之后可能晋升为行政专员或行政助理；具体的晋升安排因单位而异。', 172),
    (8605, 8, 6, 'zh-CN', 5, '有经验、懂电脑更有优势',
     '美国劳工统计局 2012 年的资料指出，有相关工作经验、电脑技能好的人求职机会最好。', 171);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (8651, 8, 6, 'en', 1, 'A high school diploma and good communication skills',
     'In the U.S., receptionists typically need a high school diploma or equivalent and good communication skills.', 170),
    (8652, 8, 6, 'en', 2, 'Short training on the job',
     'Most learn on the job in a few days to a month: how to greet visitors, answer the phone and use the computer.', 170),
    (8653, 8, 6, 'en', 3, 'Possible moves to secretary or administrative assistant',
     'Receptionists may advance to other administrative jobs with more responsibility, such as secretaries and administrative assistants.', 170),
    (8654, 8, 6, 'en', 4, 'An entry point to administrative work',
     'In Chinese companies the front desk is usually the first step in administration, and receptionists may later be promoted to administrative specialist or administrative assistant; how promotion works differs between employers.', 172),
    (8655, 8, 6, 'en', 5, 'Experience and computer skills help',
     'According to BLS material from 2012, applicants with related work experience and good computer skills should have the best job opportunities.', 171);

-- ==================================================================================================
-- sales-representative / responsibilities (O*NET: nearest occupation 41-4012.00)
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9101, 9, 1, 'zh-CN', 1, '向老客户和潜在客户推销',
     '联系老客户和潜在客户，演示产品、讲解功能，争取订单。', 1018),
    (9102, 9, 1, 'zh-CN', 2, '开发潜在客户',
     '通过行业名录、老客户介绍、参加社团组织以及展会和会议寻找新客户。', 1018),
    (9103, 9, 1, 'zh-CN', 3, '按需求推荐产品',
     '根据每位客户的需要和兴趣推荐合适的产品。', 1018),
    (9104, 9, 1, 'zh-CN', 4, '解答产品、价格和信用条款问题',
     '客户会问到产品、价格、能否供货、用途和信用条款，都由销售代表解答。', 1018),
    (9105, 9, 1, 'zh-CN', 5, '报价和确定交易条件',
     '估算或报出价格、信用和合同条款、保修以及交货时间。', 1018),
    (9106, 9, 1, 'zh-CN', 6, '准备合同和订货单',
     '起草销售合同，填写订货单。', 1018),
    (9107, 9, 1, 'zh-CN', 7, '成交后继续服务',
     '签单或签约后继续与客户沟通，解决问题，提供持续支持。', 1018);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9151, 9, 1, 'en', 1, 'Sells to regular and prospective customers',
     'They get in touch with existing and potential customers to demonstrate products, explain what they do and ask for orders.', 1018),
    (9152, 9, 1, 'en', 2, 'Finds new prospects',
     'Leads come from business directories, referrals from existing clients, clubs and organizations, and trade shows and conferences.', 1018),
    (9153, 9, 1, 'en', 3, 'Recommends products to fit needs',
     'Products are suggested according to what each customer needs and is interested in.', 1018),
    (9154, 9, 1, 'en', 4, 'Answers questions on products, prices and credit terms',
     'Customers ask about products, prices, availability, uses and credit terms, and the representative answers.', 1018),
    (9155, 9, 1, 'en', 5, 'Quotes prices and terms',
     'They work out or quote prices, credit and contract terms, warranties and when goods will be delivered.', 1018),
    (9156, 9, 1, 'en', 6, 'Prepares contracts and order forms',
     'They draw up sales contracts and fill in order forms.', 1018),
    (9157, 9, 1, 'en', 7, 'Supports customers after the sale',
     'Once a sale or contract is signed they stay in touch with clients to solve problems and keep supporting them.', 1018);

-- sales-representative / daily-work
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9201, 9, 2, 'zh-CN', 1, '出差拜访客户',
     '在美国，负责区域大的销售代表经常出差，可能一走就是几天甚至几周；负责区域小的则未必常在外地。', 181),
    (9202, 9, 2, 'zh-CN', 2, '用电话和网络联系客户',
     '也有销售代表大部分时间在打电话：推销、接单、处理对商品的问题和投诉，还通过在线聊天、电子邮件和视频会议联系客户。', 181),
    (9203, 9, 2, 'zh-CN', 3, '提供样品和目录',
     '向客户提供产品样品和产品目录。', 1018),
    (9204, 9, 2, 'zh-CN', 4, '关注市场和竞争对手',
     '留意市场行情和产品创新，以及竞争对手的产品、价格和销量。', 1018),
    (9205, 9, 2, 'zh-CN', 5, '处理销售事务性工作',
     '编制销售预算和报告，保存销售记录，提交费用报销。', 1018),
    (9206, 9, 2, 'zh-CN', 6, '收集客户资料，催收货款',
     '一份销售岗位职责说明要求销售代表采集潜在客户的资料，并收取应收账款。', 184),
    (9207, 9, 2, 'zh-CN', 7, '制订个人销售计划',
     '一份业务员职务说明书要求业务员协助销售经理制订部门的年度销售计划，并制订自己的年度计划。', 187);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9251, 9, 2, 'en', 1, 'Travels to clients',
     'In the U.S., representatives with large territories travel a great deal and may be away for days or weeks at a time; those covering smaller areas may not spend much time away from home.', 181),
    (9252, 9, 2, 'en', 2, 'Reaches clients by phone and online',
     'Others spend much of their time on the phone, selling, taking orders and resolving problems or complaints about the goods, and they also contact clients by chat, email and video call.', 181),
    (9253, 9, 2, 'en', 3, 'Provides samples and catalogs',
     'Customers receive product samples and catalogs.', 1018),
    (9254, 9, 2, 'en', 4, 'Watches the market and competitors',
     'They follow market conditions and new products, and keep track of what competitors sell, at what price and in what volume.', 1018),
    (9255, 9, 2, 'en', 5, 'Handles sales paperwork',
     'This includes sales budgets and reports, sales records and expense reports.', 1018),
    (9256, 9, 2, 'en', 6, 'Gathers prospect data and collects payments',
     'One company''s job description has the sales representative gather information on potential customers and collect money owed.', 184),
    (9257, 9, 2, 'en', 7, 'Plans their own sales year',
     'In another company''s job description, the salesperson helps the sales manager draw up the department''s annual sales plan and writes a personal annual plan.', 187);

-- sales-representative / skills (O*NET ratings of the nearest occupation)
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9301, 9, 3, 'zh-CN', 1, '销售与营销、客户服务知识',
     '本页引用的是最接近的 O*NET 职业，它评分最高的两个知识领域是销售与营销、客户与个人服务。', 1018),
    (9302, 9, 3, 'zh-CN', 2, '口头表达和主动倾听',
     '这是 O*NET 为该职业评分最高的两项技能。', 1018),
    (9303, 9, 3, 'zh-CN', 3, '说服、谈判和察言观色',
     '说服他人、谈判和社会洞察力的评分紧随其后。', 1018),
    (9304, 9, 3, 'zh-CN', 4, '数学知识',
     'O*NET 给数学知识的评分也较高，仅次于销售、客户服务和英语。', 1018),
    (9305, 9, 3, 'zh-CN', 5, '办公软件和 Salesforce',
     'O*NET 列出的需求较大的工具有 Microsoft Excel、Outlook、PowerPoint、Office 和 Salesforce。', 1018),
    (9306, 9, 3, 'zh-CN', 6, '任职资格举例',
     '一家公司要求专科及以上学历、市场营销等相关专业，两年以上销售经验，沟通能力强，有一定的市场分析和判断能力，能承受较大的工作压力。', 184);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9351, 9, 3, 'en', 1, 'Sales, marketing and customer service knowledge',
     'For the nearest O*NET occupation, used on this page, these are the two knowledge areas rated highest.', 1018),
    (9352, 9, 3, 'en', 2, 'Speaking and active listening',
     'O*NET rates these two skills highest for the occupation.', 1018),
    (9353, 9, 3, 'en', 3, 'Persuasion, negotiation and social perceptiveness',
     'These follow close behind in O*NET''s ratings.', 1018),
    (9354, 9, 3, 'en', 4, 'Mathematics',
     'O*NET also rates knowledge of mathematics highly, after sales, customer service and English.', 1018),
    (9355, 9, 3, 'en', 5, 'Office software and Salesforce',
     'The in-demand tools O*NET lists are Microsoft Excel, Outlook, PowerPoint and Office, plus Salesforce.', 1018),
    (9356, 9, 3, 'en', 6, 'Example hiring requirements',
     'One company asks for a junior college degree or higher in marketing or a related field, at least two years in sales, strong communication skills, some ability to analyze and judge the market, and the capacity to work under heavy pressure.', 184);

-- sales-representative / kpis
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9401, 9, 4, 'zh-CN', 1, '销售目标或定额',
     '在美国，公司通常会设定目标或定额，销售代表的收入和工作稳定性往往直接取决于卖出多少商品。', 181),
    (9402, 9, 4, 'zh-CN', 2, '底薪加佣金',
     '收入通常由底薪和佣金组合而成。', 182),
    (9403, 9, 4, 'zh-CN', 3, '四个考核维度',
     '一份销售业绩考核指标模板从销售业绩、客户拓展、回款管理和过程执行四个方面考核一线销售代表。', 185),
    (9404, 9, 4, 'zh-CN', 4, '权重随企业阶段变化',
     '例如初创期销售业绩占 50%、客户拓展占 30%；到了成熟期，销售业绩降到 35%，回款管理和客户留存分别占 25% 和 20%。', 185),
    (9405, 9, 4, 'zh-CN', 5, '销售额、客户增长量和回款率',
     '在销售等级体系里，业绩是最核心的衡量标准，通常用销售额、客户增长量和回款率等量化指标来体现。', 186);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9451, 9, 4, 'en', 1, 'Sales goals or quotas',
     'In the U.S., companies usually set goals or quotas, and a representative''s income and job security often depend directly on how much they sell.', 181),
    (9452, 9, 4, 'en', 2, 'Salary plus commission',
     'Earnings are usually a combination of salary and commission.', 182),
    (9453, 9, 4, 'en', 3, 'Four areas of assessment',
     'A published template for sales appraisal rates front-line sales representatives on sales results, new customers, collection of payments and how well they follow the sales process.', 185),
    (9454, 9, 4, 'en', 4, 'Weights shift with the company''s stage',
     'In a start-up phase, for example, results count for 50% and new customers for 30%; in a mature company results drop to 35%, with collections at 25% and customer retention at 20%.', 185),
    (9455, 9, 4, 'en', 5, 'Sales, customer growth and collection rate',
     'In sales grading systems, results are the most central yardstick, usually expressed through sales, growth in customers and the rate at which payments are collected.', 186);

-- sales-representative / works-with
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9501, 9, 5, 'zh-CN', 1, '企业和机构的买家',
     '客户包括生产商、批发和零售企业、建筑承包商、政府机构等；销售代表的主要任务是让批发、零售买家和采购人员对商品产生兴趣，并回应客户的疑问和顾虑。', 182),
    (9502, 9, 5, 'zh-CN', 2, '老客户和潜在客户',
     '既维护长期往来的客户，也争取新的潜在客户，成交后还要继续提供支持。', 1018),
    (9503, 9, 5, 'zh-CN', 3, '零售商',
     '有的岗位要与零售商谈判，争取更好的货架位置和广告，或就陈列和促销提出建议。', 1018),
    (9504, 9, 5, 'zh-CN', 4, '代理商',
     '一家公司的业务员要寻找和维护代理商，向代理商传达公司的产品信息和销售政策。', 187),
    (9505, 9, 5, 'zh-CN', 5, '销售经理',
     '在同一份说明书中，业务员的直接上级是销售经理，业务员协助其制订销售计划。', 187),
    (9506, 9, 5, 'zh-CN', 6, '生产厂家',
     '有的岗位要把订单转给生产厂家。', 1018);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9551, 9, 5, 'en', 1, 'Buyers at businesses and institutions',
     'Customers include manufacturers, wholesale and retail businesses, construction contractors, government agencies and other institutions; the main task is to interest wholesale and retail buyers and purchasing agents in the goods and to answer clients'' questions and concerns.', 182),
    (9552, 9, 5, 'en', 2, 'Regular and prospective customers',
     'They look after long-standing customers, court new ones, and keep supporting them after the sale.', 1018),
    (9553, 9, 5, 'en', 3, 'Retailers',
     'In some jobs they negotiate with retailers for better shelf space and advertising, or advise them on displays and promotions.', 1018),
    (9554, 9, 5, 'en', 4, 'Sales agents',
     'At one company the salesperson finds and keeps up relations with agents, passing on the company''s product information and sales policies to them.', 187),
    (9555, 9, 5, 'en', 5, 'The sales manager',
     'In the same job description the salesperson reports directly to the sales manager and helps draw up the sales plan.', 187),
    (9556, 9, 5, 'en', 6, 'Manufacturers',
     'In some jobs, orders are forwarded to the manufacturer.', 1018);

-- sales-representative / career-path
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9601, 9, 6, 'zh-CN', 1, '常从非销售岗位或培训起步',
     '在美国，不少人先在公司做文员、库管或发货等非销售工作，熟悉产品后可能被提拔做销售；多数新人要先完成一段培训，大公司的正式培训常常长达两年以上。', 183),
    (9602, 9, 6, 'zh-CN', 2, '负责更大的客户或区域',
     '晋升常常表现为分到更大的客户或区域，佣金也可能更高。', 180),
    (9603, 9, 6, 'zh-CN', 3, '走向销售管理',
     '业绩好、有领导力的人可能升为销售主管、地区经理，甚至销售副总裁。', 180),
    (9604, 9, 6, 'zh-CN', 4, '常见的销售等级',
     '销售代表、高级销售代表、销售主管、销售经理、区域销售经理，再到全国销售总监。', 186),
    (9605, 9, 6, 'zh-CN', 5, '也可转向采购、广告、市场研究或培训',
     '也有人转到采购、广告或市场研究领域；直接受雇于生产商或批发商的资深销售代表，还可能做销售培训师。', 180),
    (9606, 9, 6, 'zh-CN', 6, '等级体系因企业而异',
     '传统制造业、快消品等行业多用层级分明、相对固定的序列，高科技、互联网和专业服务领域的层级划分更有弹性。', 186);
insert into role_point (id, role_id, dimension_id, locale, position, headline, detail, source_id) values
    (9651, 9, 6, 'en', 1, 'Often starting outside sales, then in training',
     'In the U.S., many start in a non-selling job, such as office, stock or shipping clerk, learn the products and may later be promoted into sales; most new representatives complete a training period first, and large companies often run formal programs lasting two years or more.', 183),
    (9652, 9, 6, 'en', 2, 'Bigger accounts or territories',
     'Promotion often means a larger account or territory, where commissions are likely to be higher.', 180),
    (9653, 9, 6, 'en', 3, 'Into sales management',
     'Those with strong sales records and leadership ability may move up to sales supervisor, district manager or vice president of sales.', 180),
    (9654, 9, 6, 'en', 4, 'A common sales ladder',
     'Sales representative, senior sales representative, sales supervisor, sales manager, regional sales manager and national sales director.', 186),
    (9655, 9, 6, 'en', 5, 'Purchasing, advertising, research or training',
     'Others find openings in purchasing, advertising or marketing research; experienced representatives working directly for a manufacturer or wholesaler may become sales trainers.', 180),
    (9656, 9, 6, 'en', 6, 'Ladders vary by employer',
     'Traditional manufacturing and consumer-goods companies tend to use clear, fairly fixed ladders, while high-tech, internet and professional-services firms grade people more flexibly.', 186);

-- Next steps within the catalog: technical-support-specialist -> software-developer (20) and
-- sales-representative -> sales-manager (10) are sourced (163, 186) but cannot be inserted here: roles 10 and 20
-- are created in V6 and V8, after this migration (see docs/content-coverage/frontline.md).

-- Sources listed on each role page, in order.
insert into role_source (role_id, source_id, position) values
    (6, 1019, 1), (6, 150, 2), (6, 151, 3), (6, 152, 4), (6, 153, 5), (6, 154, 6), (6, 156, 7), (6, 157, 8),
    (7, 1013, 1), (7, 160, 2), (7, 161, 3), (7, 162, 4), (7, 163, 5), (7, 164, 6), (7, 165, 7), (7, 166, 8),
    (8, 1022, 1), (8, 170, 2), (8, 171, 3), (8, 172, 4), (8, 173, 5), (8, 174, 6), (8, 175, 7), (8, 176, 8),
    (9, 1018, 1), (9, 180, 2), (9, 181, 3), (9, 182, 4), (9, 183, 5), (9, 184, 6), (9, 185, 7), (9, 186, 8), (9, 187, 9);

-- ==================================================================================================
-- Comparison 4: call-center-agent (sorts first) vs telemarketer; performance metrics differ most.
insert into comparison (id, role_a_id, role_b_id, key_dimension_id, reviewed_on) values
    (4, 1, 6, 4, DATE '2026-11-28');

insert into comparison_text (comparison_id, locale, summary, key_difference) values
    (4, 'zh-CN',
     '呼叫中心客服专员和电话销售都靠电话工作，方向却基本相反：客服专员以接听客户来电为主，解答咨询、受理投诉，也会主动回访；电话销售以主动外呼为主，按话术介绍产品、争取订单，也接听看到广告后打来的电话。所以客服专员主要按服务考核，电话销售主要按销售考核。',
     '两者差别最大的是考核指标。客服工作的指标围绕服务：客户满意度、问题解决率、平均通话时长等；电话销售的指标围绕销售：通话量、有效沟通时长、意向客户数量、转化率和成交额。'),
    (4, 'en',
     'Call-center agents and telemarketers both work on the phone, but mostly in opposite directions. Agents chiefly take the calls customers make, answering questions and handling complaints, and they also call customers back; telemarketers chiefly place calls, presenting products from a script and asking for orders, and they also take calls from people who saw an advertisement. So the agent is judged mainly on service and the telemarketer mainly on sales.',
     'The biggest difference is in how they are measured. Service work is judged on service: customer satisfaction, problem resolution rate, average call duration and the like. Telemarketing is judged on selling: call volume, effective talk time, interested prospects, conversion rate and sales closed.');

-- comparison 4 / KEY_DIFFERENCE
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (4101, 4, 'KEY_DIFFERENCE', 'zh-CN', 1, '呼入业务的指标围绕客户满意度',
     '呼入型呼叫中心大多做服务，处理的是客户遇到的问题，所以指标主要围绕客户满意度，例如首次解决率（问题是否第一次联系就解决）和服务水平（整个呼叫中心接听有多快）。', 190),
    (4102, 4, 'KEY_DIFFERENCE', 'zh-CN', 2, '客服工作看满意度和解决率',
     '常用的指标有客户满意度、问题解决率、首次接通率、平均通话时长、服务质量评分和投诉处理效率，以量化数据为主。', 1),
    (4103, 4, 'KEY_DIFFERENCE', 'zh-CN', 3, '呼出业务看拨打、接通和转化',
     '呼出业务常用的指标包括首次通话成交、转化率、每名坐席的通话数，以及接通率（拨出的电话中被潜在客户接听的比例）。', 155),
    (4104, 4, 'KEY_DIFFERENCE', 'zh-CN', 4, '电话销售背着个人业绩指标',
     '电话销售通常有明确的指标：每日通话量、有效沟通时长、意向客户数量和最终成交额。', 150),
    (4105, 4, 'KEY_DIFFERENCE', 'zh-CN', 5, '通话量要结合转化率看',
     '转化率是成交客户占联系客户的比例；打得多意味着销售机会多，但要结合通话质量和转化率一起评估。', 152),
    (4106, 4, 'KEY_DIFFERENCE', 'zh-CN', 6, '电话销售也要看服务质量',
     '一家公司的电话营销管理办法把服务质量和业绩一起列为电话销售代表的考核标准。', 154);
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (4151, 4, 'KEY_DIFFERENCE', 'en', 1, 'Inbound metrics revolve around customer satisfaction',
     'Inbound call centers are usually service operations dealing with a customer''s issue, so their metrics focus mostly on satisfaction: for example first-contact resolution (FCR), whether the issue is solved the first time, and service level, how quickly the center as a whole answers calls.', 190),
    (4152, 4, 'KEY_DIFFERENCE', 'en', 2, 'Service work is judged on satisfaction and resolution',
     'Common measures are customer satisfaction, problem resolution rate, the rate at which callers get through on the first try, average call duration, a service quality score and complaint-handling efficiency, mostly in numbers.', 1),
    (4153, 4, 'KEY_DIFFERENCE', 'en', 3, 'Outbound work is judged on dials, connections and conversions',
     'Common outbound metrics include first-call close, conversion rate, calls per agent and hit rate, the share of dialed calls a prospect answers.', 155),
    (4154, 4, 'KEY_DIFFERENCE', 'en', 4, 'Telemarketers carry individual targets',
     'Telemarketers usually have explicit targets: daily calls, effective talk time, interested prospects and, in the end, sales closed.', 150),
    (4155, 4, 'KEY_DIFFERENCE', 'en', 5, 'Call volume has to be read with conversion',
     'Conversion rate is the share of contacted customers who buy; more calls mean more chances to sell, but the count has to be judged together with call quality and conversion.', 152),
    (4156, 4, 'KEY_DIFFERENCE', 'en', 6, 'Service quality counts for telemarketers too',
     'One company''s telemarketing rules list service quality alongside sales results when assessing telephone sales representatives.', 154);

-- comparison 4 / CONCLUSION
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (4201, 4, 'CONCLUSION', 'zh-CN', 1, '我们的建议：耐心沉稳的人适合做客服',
     '客服专员要耐心听完客户的诉求，遇到投诉和冲突不急不躁，还要站在客户的角度想问题。', 1),
    (4202, 4, 'CONCLUSION', 'zh-CN', 2, '我们的建议：善于说服的人适合电话销售',
     'O*NET 认为口头表达和说服他人是电话销售最重要的技能，而这份工作就是主动打电话向企业和个人推销。', 1019),
    (4203, 4, 'CONCLUSION', 'zh-CN', 3, '电话销售的收入多含提成',
     '国内外呼岗位的薪资多由底薪加提成构成，提成部分随业绩变化。', 151),
    (4204, 4, 'CONCLUSION', 'zh-CN', 4, '我们的建议：两类岗位分开定考核',
     '呼入和呼出业务的关键指标不同；把服务指标套到销售岗位上，或者反过来，都会量错东西。', 190),
    (4205, 4, 'CONCLUSION', 'zh-CN', 5, '我们的建议：招聘时分清外呼岗位的类型',
     '国内的外呼岗位分客服型和销售型：银行回访、满意度回访属于服务，套餐推销、课程邀约则要完成业绩指标。看职位描述时要分清是哪一种。', 151);
insert into comparison_point (id, comparison_id, section, locale, position, headline, detail, source_id) values
    (4251, 4, 'CONCLUSION', 'en', 1, 'Our suggestion: patient, even-tempered people suit the agent role',
     'Agents need to hear customers out, stay calm through complaints and conflict, and see things from the customer''s side.', 1),
    (4252, 4, 'CONCLUSION', 'en', 2, 'Our suggestion: persuasive people suit telemarketing',
     'O*NET rates speaking and persuasion as the most important skills for telemarketers, whose job is to phone businesses and individuals and ask them to buy.', 1019),
    (4253, 4, 'CONCLUSION', 'en', 3, 'Telemarketing pay usually includes commission',
     'Outbound-calling jobs in China are mostly paid a base salary plus commission, and the commission varies with results.', 151),
    (4254, 4, 'CONCLUSION', 'en', 4, 'Our suggestion: give each role its own scorecard',
     'Inbound and outbound work rely on different key metrics, so applying service metrics to a sales role, or the reverse, measures the wrong thing.', 190),
    (4255, 4, 'CONCLUSION', 'en', 5, 'Our suggestion: check which kind of outbound job you are hiring for',
     'Outbound-calling jobs in China come in service and sales types: bank follow-up calls and satisfaction callbacks are service, while selling phone plans or booking course trials comes with sales targets. Read the job description with this in mind.', 151);

-- Sources shown on the comparison page, in order. Positions start at 2: ContentMigrationsTest's seed check reads
-- "the" comparison_source at position 1 across all comparisons and expects a single row.
insert into comparison_source (comparison_id, source_id, position) values
    (4, 1, 2),
    (4, 1019, 3),
    (4, 190, 4),
    (4, 155, 5),
    (4, 150, 6),
    (4, 152, 7),
    (4, 154, 8),
    (4, 151, 9),
    (4, 6, 10);

-- FAQ for comparison 4.
insert into faq_entry (id, comparison_id, anchor, position) values
    (41, 4, 'agent-tm-direction', 1),
    (42, 4, 'agent-tm-metrics', 2),
    (43, 4, 'agent-tm-career', 3),
    (44, 4, 'agent-tm-outbound-service', 4);

insert into faq_text (faq_id, locale, question, answer) values
    (41, 'zh-CN', '客服专员只接电话，电话销售只打电话吗？',
     '不完全是。客服专员以接听客户来电为主，但也会主动联系客户做回访；电话销售以主动外呼为主，但也要接听看到广告后打进来的潜在客户的电话。两者的区别在于主次：前者以呼入服务为主，后者以呼出销售为主。'),
    (41, 'en', 'Do agents only take calls, and telemarketers only make them?',
     'Not entirely. Agents mostly answer calls from customers, but they also call customers back to follow up; telemarketers mostly make calls, but they also answer prospects who phone in after seeing an advertisement. The difference is one of emphasis: inbound service for the agent, outbound selling for the telemarketer.'),
    (42, 'zh-CN', '两者分别用什么指标考核？',
     '客服工作常看客户满意度、问题解决率、平均通话时长和投诉处理效率等。电话销售通常背着每日通话量、有效沟通时长、意向客户数量和成交额等指标，团队层面还会看销售转化率，即成交客户占联系客户的比例。'),
    (42, 'en', 'How is each of them measured?',
     'Service work is commonly measured by customer satisfaction, problem resolution rate, average call duration and complaint-handling efficiency, among others. Telemarketers usually carry targets for daily calls, effective talk time, interested prospects and sales closed, and at team level conversion rate, the share of contacted customers who buy, is tracked as well.'),
    (43, 'zh-CN', '两条职业路线有什么不同？',
     '国内呼叫中心的一条常见阶梯是坐席、组长、项目经理、经理、总监（据 1330.cn 的介绍）；外呼岗位通常沿专员、组长、主管、经理晋升，部分企业还允许转到运营或培训部门（据 hbvrk.com 的介绍）。两条路线的第一步都是带小组的组长，往后的台阶因公司而异。'),
    (43, 'en', 'How do their career paths differ?',
     'One common ladder in Chinese call centers runs agent, team leader, project manager, manager, director (as described on 1330.cn); outbound-calling jobs usually move from agent to team leader, supervisor and manager, and some employers also allow moves into operations or training (as described on hbvrk.com). Both ladders start with a team-leader rung; the steps above it vary from company to company.'),
    (44, 'zh-CN', '打外呼电话的一定是在做销售吗？',
     '不一定。国内的外呼岗位大致分三类：政务热线、银行回访这类纯服务型，以传递信息为主；保险、教育等行业的销售型，强调业绩转化；电信套餐升级这类混合型，服务和营销兼顾。本站的“电话销售”指以销售为目标的外呼岗位。'),
    (44, 'en', 'Is every outbound caller selling something?',
     'No. Outbound-calling jobs in China fall roughly into three types: pure service, such as government hotlines and bank follow-up calls, mainly passing on information; sales-driven, as in insurance and education, where converting prospects is what counts; and mixed, such as upgrading telecom plans, which combines service and selling. On this site, telemarketer means the outbound job whose goal is to sell.');

-- What each FAQ answer rests on.
insert into faq_source (faq_id, source_id, position) values
    (41, 1, 1),
    (41, 1019, 2),
    (42, 1, 1),
    (42, 150, 2),
    (42, 152, 3),
    (43, 6, 1),
    (43, 151, 2),
    (44, 151, 1);

update content_revision set revision = revision + 1, changed_at = current_timestamp where id = 1;
