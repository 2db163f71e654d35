import { encode } from 'iconv-lite';
import ExcelJS from 'exceljs';
import { composeNationalId } from '@bayu/national-id';
import { principalFromClaims } from '@bayu/platform/auth';
import { eventually, userToken } from '@bayu/platform/testing';
import { startRegistry, type RegistryHarness } from '../../test/registry-harness';
import { ImportProcessor } from './import-processor';
import { ImportJobsRepository } from './import-jobs.repository';
import { RegistryDatabase } from '../database/registry-database';
import { CertificateNumberTakenError, RegistryLedger } from '../ledger/registry-ledger';

const HEADER = '姓名,身份证号,区县,工作单位,行业,职业（工种）,技能等级,证书编号,发证机构,发证日期';

/** 1234 → 一二三四: names may not contain digits. */
const cn = (k: number): string => String(k).replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)] ?? '');

/** n valid rows (every third with a technician certificate), people numbered from `from`. */
function rows(from: number, n: number, prefix = 'IMP'): string[] {
  return Array.from({ length: n }, (_, i) => {
    const k = from + i;
    const id = composeNationalId('500112', `19${60 + (k % 40)}-0${1 + (k % 9)}-1${k % 9}`, k % 997, k % 2 ? 'male' : 'female');
    const certificate = k % 3 === 0 ? `技师,${prefix}-${k},重庆市职业技能鉴定指导中心,2018-06-01` : ',,,';
    return `工人${cn(k)},${id},渝北区,重庆长安汽车股份有限公司,制造业,汽车装调工,${certificate}`;
  });
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');

describe('bulk import of workers from CSV and XLSX (real PostgreSQL, dev broker, dev SSO)', () => {
  jest.setTimeout(120_000);
  let registry: RegistryHarness;
  const count = async (sql: string) => Number((await registry.sql<{ n: number }>(sql))[0]?.n);
  const finished = (id: string) =>
    eventually(
      async () => {
        const job = await registry.call('GET', `/api/v1/imports/${id}`, 'hrss.clerk');
        return ['completed', 'failed'].includes(String(job.body.status)) ? job.body : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 200, what: `import ${id} to finish` },
    );

  beforeAll(async () => {
    registry = await startRegistry({ env: { IMPORT_MAX_BYTES: String(2 * 1024 * 1024), IMPORT_CHUNK_ROWS: '100' } });
  });
  afterAll(() => registry?.stop());

  it('registers the valid rows, reports every bad row with its row number and column, and keeps the counts right', async () => {
    const good = rows(1, 250);
    const bad = [
      '坏行一,500112198001011230,渝北区,某单位,制造业,焊工,,,,', // wrong check digit
      `坏行二,${composeNationalId('500112', '1980-01-01', 5, 'male')},火星区,某单位,制造业,焊工,,,,`,
      `坏行三,${composeNationalId('500112', '1980-01-01', 7, 'male')},渝北区,某单位,制造业,焊工,高级工,,,`,
    ];
    const upload = await registry.upload('/api/v1/imports?fileName=名册.csv', 'hrss.clerk', csv([...good.slice(0, 100), ...bad, ...good.slice(100)]), 'text/csv');
    expect(upload).toMatchObject({ status: 202, body: { status: 'queued', format: 'csv', encoding: 'utf-8', estimatedRows: 253 } });
    expect(upload.headers.get('location')).toBe(`/api/v1/imports/${String(upload.body.id)}`);
    const job = await finished(String(upload.body.id));
    expect(job).toMatchObject({ status: 'completed', rowsRead: 253, rowsRegistered: 250, rowsAlreadyRegistered: 0, rowsRejected: 3, percent: 100 });
    expect(await count('SELECT count(*)::int AS n FROM worker')).toBe(250);
    expect(await count(`SELECT count(*)::int AS n FROM certificate`)).toBe(83);
    expect(await count(`SELECT sum(workers)::int AS n FROM talent_stat`)).toBe(250);
    expect(await count(`SELECT sum(workers)::int AS n FROM talent_stat WHERE level = 'technician'`)).toBe(83);
    expect(await count(`SELECT count(*)::int AS n FROM outbox_event`)).toBe(250 + 83);

    const token = await userToken(registry.stack.realmUrl, 'hrss.clerk');
    const report = await fetch(`${registry.service.url}/api/v1/imports/${String(upload.body.id)}/errors.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(report.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const text = Buffer.from(await report.arrayBuffer());
    expect(text.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const lines = text.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['102,身份证号', '103,区县', '104,证书编号', '104,发证机构', '104,发证日期']);
    expect(text.toString('utf8')).not.toContain('500112198001011230');
  });

  it('adds nothing when the same file is imported again', async () => {
    const file = csv(rows(1000, 120));
    const first = await finished(String((await registry.upload('/api/v1/imports?fileName=a.csv', 'hrss.clerk', file, 'text/csv')).body.id));
    const again = await finished(String((await registry.upload('/api/v1/imports?fileName=a.csv', 'hrss.clerk', file, 'text/csv')).body.id));
    expect(first).toMatchObject({ rowsRegistered: 120 });
    expect(again).toMatchObject({ status: 'completed', rowsRegistered: 0, rowsAlreadyRegistered: 120, rowsRejected: 0 });
  });

  it('rejects rows whose certificate number is on record or earlier in the file, and a number lost to a race writes nothing', async () => {
    const onRecord = rows(3, 1)[0]!.replace(/工人三,\d{17}[\dX]/, `重号甲,${composeNationalId('500112', '1990-02-02', 11, 'female')}`);
    const [first, second] = rows(30_001, 2).map((line) => line.replace(/,,,$/, '技师,DUP-1,重庆市职业技能鉴定指导中心,2019-01-01'));
    const job = await finished(String((await registry.upload('/api/v1/imports?fileName=dup.csv', 'hrss.clerk', csv([onRecord, first!, second!]), 'text/csv')).body.id));
    expect(job).toMatchObject({ status: 'completed', rowsRead: 3, rowsRegistered: 1, rowsRejected: 2 });
    expect(await registry.sql(`SELECT certificate_number FROM certificate WHERE certificate_number IN ('IMP-3', 'DUP-1') ORDER BY 1`)).toEqual([
      { certificate_number: 'DUP-1' },
      { certificate_number: 'IMP-3' },
    ]);

    const ledger = registry.service.app.get(RegistryLedger);
    const database = registry.service.app.get(RegistryDatabase);
    const person = { nationalId: composeNationalId('500112', '1991-03-03', 13, 'male'), name: '抢号', gender: 'male', birthDate: '1991-03-03', districtCode: '500112', employerName: '某厂', industryCode: 'C', occupation: '焊工' } as const;
    const taken = { skillLevel: 'technician', occupation: '焊工', certificateNumber: 'DUP-1', issuingBody: '某中心', issueDate: '2020-01-01' } as const;
    const before = await count('SELECT count(*)::int AS n FROM worker');
    await expect(database.$transaction((tx) => ledger.registerMany(tx, principalFromClaims({ sub: 'test', realm_access: { roles: ['hrss'] } }), [{ person, certificate: taken }]))).rejects.toBeInstanceOf(
      CertificateNumberTakenError,
    );
    expect(await count('SELECT count(*)::int AS n FROM worker')).toBe(before);
  });

  it('reads GBK files, as Excel on Chinese Windows saves them', async () => {
    const file = encode([HEADER, `李传华,${composeNationalId('500103', '1975-04-02', 31, 'male')},渝中区,重庆市公路养护管理段,交通运输、仓储和邮政业,筑路机械操作工,,,,`].join('\r\n'), 'gb18030');
    const job = await finished(String((await registry.upload('/api/v1/imports?fileName=gbk.csv', 'hrss.clerk', file, 'text/csv')).body.id));
    expect(job).toMatchObject({ status: 'completed', rowsRegistered: 1 });
    expect(await registry.sql(`SELECT name, occupation FROM worker WHERE name = '李传华'`)).toEqual([{ name: '李传华', occupation: '筑路机械操作工' }]);
  });

  it('reads XLSX files', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['陈波', composeNationalId('500112', '1978-08-08', 41, 'male'), '500112', '重庆城市职业学院', 'P', '中式烹调师', '高级技师', 'XL-1', '重庆市职业技能鉴定指导中心', new Date(Date.UTC(2012, 5, 1))]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = await registry.upload('/api/v1/imports?fileName=m.xlsx', 'hrss.clerk', buffer);
    expect(upload.body).toMatchObject({ format: 'xlsx', estimatedRows: null, percent: null });
    expect(await finished(String(upload.body.id))).toMatchObject({ status: 'completed', rowsRegistered: 1 });
    expect(await registry.sql(`SELECT current_level FROM worker WHERE name = '陈波'`)).toEqual([{ current_level: 'senior-technician' }]);
  });

  it('refuses a file that is not a spreadsheet, a file without the required columns and an oversize file, keeping nothing', async () => {
    const pdf = await registry.upload('/api/v1/imports?fileName=伪装.csv', 'hrss.clerk', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'text/csv');
    expect(pdf).toMatchObject({ status: 415, body: { code: 'import.unsupported-type' } });
    const columns = await registry.upload('/api/v1/imports?fileName=x.csv', 'hrss.clerk', Buffer.from('姓名,工作单位\n张三,某厂\n'), 'text/csv');
    expect(columns).toMatchObject({ status: 400, body: { code: 'import.missing-columns' } });
    expect((columns.body.errors as unknown as Array<{ field: string }>).map((e) => e.field)).toEqual(expect.arrayContaining(['身份证号', '区县']));
    const huge = await registry.upload('/api/v1/imports?fileName=big.csv', 'hrss.clerk', csv(rows(50_000, 30_000)), 'text/csv');
    expect(huge).toMatchObject({ status: 413, body: { code: 'import.too-large' } });
    expect(await count(`SELECT count(*)::int AS n FROM import_job WHERE file_name IN ('伪装.csv', 'x.csv', 'big.csv')`)).toBe(0);
    expect((await registry.upload('/api/v1/imports?fileName=y.csv', 'district.yuzhong', csv(rows(1, 1)), 'text/csv')).status).toBe(403);
    expect((await registry.upload('/api/v1/imports', 'hrss.clerk', csv(rows(1, 1)), 'text/csv')).status).toBe(400);
  });

  it('publishes the limits the upload applies (as configured) to whoever may upload, and to no one else', async () => {
    const limits = await registry.call('GET', '/api/v1/imports/limits', 'hrss.clerk');
    expect(limits).toMatchObject({ status: 200, body: { maxBytes: 2 * 1024 * 1024, maxRows: 1_000_000 } });
    expect(limits.body.acceptedTypes).toEqual(['text/csv', '.csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.xlsx']);
    const maxBytes = Number(limits.body.maxBytes);
    expect((await registry.upload('/api/v1/imports?fileName=over.csv', 'hrss.clerk', Buffer.alloc(maxBytes + 1, 'a'), 'text/csv')).body).toMatchObject({ code: 'import.too-large' });
    expect((await registry.upload('/api/v1/imports?fileName=at.csv', 'hrss.clerk', Buffer.alloc(maxBytes, 'a'), 'text/csv')).status).not.toBe(413);
    expect((await registry.call('GET', '/api/v1/imports/limits', 'district.yuzhong')).status).toBe(403);
    expect((await registry.call('GET', '/api/v1/imports/limits')).status).toBe(401);
  });

  it('pushes progress as Server-Sent Events until the import ends', async () => {
    const upload = await registry.upload('/api/v1/imports?fileName=sse.csv', 'hrss.clerk', csv(rows(5000, 400)), 'text/csv');
    const token = await userToken(registry.stack.realmUrl, 'hrss.clerk');
    const response = await fetch(`${registry.service.url}/api/v1/imports/${String(upload.body.id)}/progress`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await response.text();
    const events = text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)) as { status: string; rowsRead: number });
    expect(events.at(-1)).toMatchObject({ status: 'completed', rowsRead: 400 });
    expect(events.length).toBeGreaterThanOrEqual(1);
  });

  it('resumes an interrupted import after the last committed row without adding anyone twice', async () => {
    const upload = await registry.upload('/api/v1/imports?fileName=resume.csv', 'hrss.clerk', csv(rows(9000, 350)), 'text/csv');
    await finished(String(upload.body.id));
    // Pretend the service died after the first two chunks: rewind the job to row 201 and run it again.
    const id = String(upload.body.id);
    await registry.sql(`UPDATE import_job SET status = 'running', last_row_number = 201, rows_read = 200, rows_registered = 200, finished_at = NULL WHERE id = $1`, [id]);
    const jobs = registry.service.app.get(ImportJobsRepository);
    const job = await jobs.find(id);
    expect(await registry.service.app.get(ImportProcessor).run(job!, new AbortController().signal)).toBe(true);
    expect(await finished(id)).toMatchObject({ status: 'completed', rowsRead: 350, rowsRegistered: 200, rowsAlreadyRegistered: 150 });
    expect(await count(`SELECT count(*)::int AS n FROM worker WHERE name ~ '^工人九.{3}$'`)).toBe(350);
  });
});
