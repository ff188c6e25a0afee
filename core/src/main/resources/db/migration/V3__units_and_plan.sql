-- Units (đơn vị) and the plan's tasks, seeded from Hậu Giang's ATTT plan 2021–2025
-- (Kế hoạch triển khai Đề án theo Quyết định 1907/QĐ-TTg; ../shared/data/plan/). Units are
-- editable data: these rows are a starting point, not a closed list.
CREATE TABLE unit (
    id         TEXT PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       TEXT        NOT NULL UNIQUE,
    kind       TEXT        NOT NULL CHECK (kind IN ('newspaper', 'broadcaster', 'department', 'district',
                                                    'telecom', 'school', 'other')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO unit (id, name, kind) VALUES
    ('bao-hau-giang',        'Báo Hậu Giang', 'newspaper'),
    ('dai-pt-th-hau-giang',  'Đài Phát thanh và Truyền hình Hậu Giang', 'broadcaster'),
    ('so-tt-tt',             'Sở Thông tin và Truyền thông', 'department'),
    ('so-gd-dt',             'Sở Giáo dục và Đào tạo', 'department'),
    ('so-ld-tb-xh',          'Sở Lao động - Thương binh và Xã hội', 'department'),
    ('ubnd-vi-thanh',        'UBND thành phố Vị Thanh', 'district'),
    ('ubnd-nga-bay',         'UBND thành phố Ngã Bảy', 'district'),
    ('ubnd-long-my-tx',      'UBND thị xã Long Mỹ', 'district'),
    ('ubnd-chau-thanh',      'UBND huyện Châu Thành', 'district'),
    ('ubnd-chau-thanh-a',    'UBND huyện Châu Thành A', 'district'),
    ('ubnd-phung-hiep',      'UBND huyện Phụng Hiệp', 'district'),
    ('ubnd-vi-thuy',         'UBND huyện Vị Thủy', 'district'),
    ('ubnd-long-my',         'UBND huyện Long Mỹ', 'district'),
    ('vnpt-hau-giang',       'VNPT Hậu Giang', 'telecom'),
    ('viettel-hau-giang',    'Viettel Hậu Giang', 'telecom'),
    ('buu-dien-hau-giang',   'Bưu điện tỉnh Hậu Giang', 'telecom'),
    ('dh-vo-truong-toan',    'Trường Đại học Võ Trường Toản', 'school'),
    ('cd-luat-mien-nam',     'Trường Cao đẳng Luật Miền Nam', 'school'),
    ('cd-cong-dong-hau-giang', 'Trường Cao đẳng Cộng đồng Hậu Giang', 'school');

-- The plan's tasks (nhiệm vụ): NV1 a–e with đ, NV2 a–c, NV3 a–c. cadence: 'continuous'
-- (thường xuyên) or 'yearly' (hàng năm); minimum: an explicit yearly minimum the report checks.
CREATE TABLE plan_task (
    code      TEXT PRIMARY KEY CHECK (code ~ '^NV[1-3]\.[a-zđ]$'),
    mission   SMALLINT NOT NULL CHECK (mission BETWEEN 1 AND 3),
    title     TEXT     NOT NULL,
    cadence   TEXT     NOT NULL CHECK (cadence IN ('continuous', 'yearly')),
    minimum   TEXT
);

INSERT INTO plan_task (code, mission, title, cadence, minimum) VALUES
    ('NV1.a', 1, 'Thông tin, tuyên truyền trên các trang, kênh, nền tảng mạng xã hội', 'continuous', NULL),
    ('NV1.b', 1, 'Sản xuất nội dung tin bài, ảnh, video, clip để đăng, phát trên mạng xã hội và phương tiện truyền thông đại chúng', 'continuous', NULL),
    ('NV1.c', 1, 'Chương trình, phim, bài hát, phóng sự, tọa đàm với chuyên gia về ATTT trên sóng phát thanh, truyền hình', 'yearly', 'Ít nhất 01 cuộc giao lưu, tọa đàm với chuyên gia về ATTT được tường thuật trực tiếp mỗi năm'),
    ('NV1.d', 1, 'Xây dựng, duy trì chuyên mục, chuyên trang trên các phương tiện thông tin đại chúng', 'continuous', NULL),
    ('NV1.đ', 1, 'Chuyên mục, chuyên trang đưa tin và bài viết trên báo chí, báo điện tử, trang tin điện tử', 'continuous', NULL),
    ('NV1.e', 1, 'Tập huấn cho đội ngũ phóng viên về nội dung Đề án và kỹ năng tuyên truyền ATTT', 'yearly', 'Tổ chức tập huấn cho phóng viên mỗi năm'),
    ('NV2.a', 2, 'Tuyên truyền tại các điểm cung cấp dịch vụ công nghệ thông tin, dịch vụ mạng, Internet công cộng', 'continuous', NULL),
    ('NV2.b', 2, 'Tuyên truyền trên đài truyền thanh cấp huyện và cấp xã', 'continuous', NULL),
    ('NV2.c', 2, 'Tuyên truyền trên cổng/trang thông tin điện tử, mạng nội bộ của cơ quan nhà nước', 'continuous', NULL),
    ('NV3.a', 3, 'Lồng ghép nội dung an toàn trên không gian mạng trong giảng dạy tin học và hoạt động giáo dục', 'continuous', NULL),
    ('NV3.b', 3, 'Tổ chức, tham gia các cuộc thi về ATTT cho học sinh, sinh viên', 'yearly', 'Tổ chức hoặc tham gia cuộc thi về ATTT mỗi năm'),
    ('NV3.c', 3, 'Tư vấn hướng nghiệp về lĩnh vực an toàn thông tin mạng', 'yearly', 'Tư vấn hướng nghiệp mỗi năm, trước mùa tuyển sinh');

-- Lead units (đơn vị chủ trì / thực hiện) of each task.
CREATE TABLE plan_task_lead (
    task_code TEXT NOT NULL REFERENCES plan_task (code),
    unit_id   TEXT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (task_code, unit_id)
);

INSERT INTO plan_task_lead (task_code, unit_id)
SELECT t.code, u.id FROM plan_task t CROSS JOIN unit u
WHERE (t.code IN ('NV1.a', 'NV1.b', 'NV1.d', 'NV1.đ') AND u.id IN ('bao-hau-giang', 'dai-pt-th-hau-giang'))
   OR (t.code = 'NV1.c' AND u.id = 'dai-pt-th-hau-giang')
   OR (t.code = 'NV1.e' AND u.id = 'so-tt-tt')
   OR (t.code = 'NV2.a' AND u.kind = 'telecom')
   OR (t.code = 'NV2.b' AND u.kind = 'district')
   OR (t.code = 'NV2.c' AND u.kind IN ('department', 'district'))
   OR (t.code IN ('NV3.a', 'NV3.b') AND u.id = 'so-gd-dt')
   OR (t.code = 'NV3.c' AND (u.id IN ('so-gd-dt', 'cd-cong-dong-hau-giang') OR u.kind = 'district'));
