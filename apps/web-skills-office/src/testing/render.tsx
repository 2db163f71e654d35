import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '@bayu/ui';
import type { NominationView } from '../shared/api';
import { messages } from '../messages';

/** Renders a screen part in Chinese with a fresh query cache, as the app mounts it (the API is mocked by the spec). */
export function renderInApp(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return {
    queryClient,
    ...render(
      <I18nProvider messages={messages} defaultLocale="zh-CN">
        <QueryClientProvider client={queryClient}>
          <MemoryRouter>{ui}</MemoryRouter>
        </QueryClientProvider>
      </I18nProvider>,
    ),
  };
}

/** What openapi-fetch answers for a 200 (the middleware throws for the rest). */
export const ok = <T,>(data: T) => ({ data, response: new Response(null, { status: 200 }) });

/** A form awaiting the skills office, as GET /api/v1/nominations/{id} shows it. */
export function nominationFixture(overrides: Partial<NominationView> = {}): NominationView {
  return {
    id: '0190a6a2-0000-7000-8000-000000000001',
    campaignId: '0190a6a2-0000-7000-8000-0000000000c1',
    status: 'awaiting-office',
    recommender: { kind: 'district', code: '500229', nameZh: '城口县' },
    employerId: 'chengkou-power',
    districtCode: '500229',
    nationalIdMasked: '500229********3130',
    form: {
      name: '冉洪位',
      gender: 'male',
      birthYearMonth: '1984-06',
      ethnicity: '汉族',
      politicalAffiliation: '中共党员',
      education: '大学专科',
      occupation: '电力线路运维',
      qualification: { skillLevel: 'senior-technician' },
      employerName: '国网重庆市电力公司城口供电公司',
      workStartYearMonth: '2004-07',
      employerAddress: '重庆市城口县',
      employerPostcode: '405900',
      employerContact: '人事部',
      employerPhone: '023-63000000',
      deedsAndAwards: '16年跋涉500余座高山。',
      deedsStatement: '冉洪位同志长期扎根一线。',
      contributions: [{ criterion: 'leading-skill', evidence: '操作方法在本单位推广应用。' }],
    },
    eligibility: {
      eligible: true,
      effective: true,
      checks: [
        { rule: 'qualification', ok: true, detailZh: '持有技师及以上职业资格证书', detailEn: 'Holds a technician certificate or higher' },
        { rule: 'contribution', ok: true, detailZh: '符合1项贡献条件', detailEn: 'Meets 1 contribution criterion' },
        { rule: 'not-already-awarded', ok: true, detailZh: '未曾获评', detailEn: 'Not awarded before' },
      ],
      override: null,
    },
    attachments: { photo: null, evidence: null },
    nextActions: [
      { action: 'office-approve', labelZh: '审核通过', labelEn: 'Approve' },
      { action: 'office-return', labelZh: '退回修改', labelEn: 'Return for correction' },
      { action: 'office-reject', labelZh: '不予通过', labelEn: 'Reject' },
    ],
    version: 3,
    createdAt: '2031-05-10T02:00:00.000Z',
    updatedAt: '2031-05-12T02:00:00.000Z',
    ...overrides,
  } as NominationView;
}
