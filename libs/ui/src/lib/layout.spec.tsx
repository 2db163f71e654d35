import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Card, Grid, PageHeader, Stack, Stat, Toolbar } from './layout';

describe('layout helpers', () => {
  it('PageHeader renders the page h1, description and actions', () => {
    render(<PageHeader title="推荐管理" description="本单位的推荐表" actions={<button type="button">新建</button>} />);
    expect(screen.getByRole('heading', { level: 1, name: '推荐管理' })).toBeInTheDocument();
    expect(screen.getByText('本单位的推荐表')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '新建' })).toBeInTheDocument();
  });

  it('Card titles are headings at the chosen level', () => {
    render(<Card title="基本信息" headingLevel={3}>内容</Card>);
    expect(screen.getByRole('heading', { level: 3, name: '基本信息' })).toBeInTheDocument();
  });

  it('Stat pairs its label with its value', () => {
    render(<Stat label="已登记工匠" value="12,345" hint="较上月 +3%" />);
    expect(screen.getByRole('term')).toHaveTextContent('已登记工匠');
    expect(screen.getAllByRole('definition').map((d) => d.textContent)).toEqual(['12,345', '较上月 +3%']);
  });

  it('Toolbar, Stack and Grid lay out their children', () => {
    render(
      <Grid minColumnWidth="10rem">
        <Stack gap="sm" direction="row">
          <Toolbar label="筛选">
            <button type="button">查询</button>
          </Toolbar>
        </Stack>
      </Grid>,
    );
    expect(screen.getByRole('group', { name: '筛选' })).toContainElement(screen.getByRole('button', { name: '查询' }));
  });
});
