"""Sentence splitting and reading forms: spans always point at the text as written."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.parse.reference import load_reading_terms
from pipelines.parse.text import reading_form, split_sentences


def test_hard_wrapped_sentence_reads_as_one():
    text = "上半年，全区完成地区\n生产总值120.5亿元，增\n\n速6.1%。\n下一句话。"
    sentences = split_sentences(text)
    assert [s.reading for s in sentences] == [
        "上半年，全区完成地区生产总值120.5亿元，增速6.1%。",
        "下一句话。",
    ]
    first = sentences[0]
    assert text[first.start : first.end] == first.raw
    start, end = first.span_of(first.reading.index("生产"), first.reading.index("元") + 1)
    assert text[start:end] == "生产总值120.5亿元"


def test_bullets_and_headlines_start_sentences():
    text = "数据看点\n\n● 新增企业20家\n● 营收增长8%；\n正文从这里开始。"
    readings = [s.reading for s in split_sentences(text)]
    assert readings == ["数据看点", "●新增企业20家", "●营收增长8%；", "正文从这里开始。"]


def test_traditional_reads_simplified_but_spans_keep_the_original():
    text = "灣仔區經濟總量達到三百億元。"
    (sentence,) = split_sentences(text)
    assert sentence.reading == "湾仔区经济总量达到三百亿元。"
    assert sentence.raw == text


def test_taiwans_words_read_as_the_mainlands_and_spans_keep_the_original():
    text = "對東協出口成長26.3%，資訊服務業營收成長12%。"
    (sentence,) = split_sentences(text)
    assert sentence.reading == "对东盟出口成长26.3%，信息服务业营收成长12%。"
    assert sentence.raw == text
    assert sentence.span_of(1, 3) == (1, 3)  # 东盟 stands where 東協 was


def test_a_reading_term_of_another_length_is_refused(tmp_path):
    path = tmp_path / "reading_terms.csv"
    path.write_text("written,reading,note\n记忆体,内存,Taiwan: memory\n", encoding="utf-8")
    with pytest.raises(ValueError, match="differ in length"):
        load_reading_terms(path)


def test_full_width_digits_fold():
    reading, offsets = reading_form("增长１２．５％")
    assert reading == "增长12.5%"
    assert len(offsets) == len(reading)


@given(st.text(alphabet="区经济增长亿元12345.，。\n ", max_size=80))
def test_every_reading_character_maps_back(text):
    reading, offsets = reading_form(text)
    assert len(reading) == len(offsets)
    # the alphabet is Simplified and half-width already: each character reads as itself, but
    # for the comma that parts two label lines of a layout, which stands on their line break
    for off, ch in zip(offsets, reading, strict=True):
        assert text[off] == ch or (ch == "，" and text[off] == "\n")
    assert "\n" not in reading
    assert list(offsets) == sorted(offsets)


@given(st.text(alphabet="区经济增长亿元12345.，。；●\n ", max_size=120))
def test_sentences_cover_the_text_in_order(text):
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start : s.end] == s.raw
        assert s.raw.strip() == s.raw
    assert [s.start for s in sentences] == sorted(s.start for s in sentences)


def test_a_headline_after_an_unfinished_bullet_is_its_own_sentence():
    text = "● 空气优良天数比率82.5%\n\n数说南湖2026\n\n● 地区生产总值增长6%左右\n"
    readings = [s.reading for s in split_sentences(text)]
    assert readings == ["●空气优良天数比率82.5%", "数说南湖2026", "●地区生产总值增长6%左右"]


def test_a_numbered_section_heading_is_its_own_sentence():
    text = "六、财政收入保持增长\n\n一季度，全县一般公共预算收入31.7亿元。"
    readings = [s.reading for s in split_sentences(text)]
    assert readings == ["六、财政收入保持增长", "一季度，全县一般公共预算收入31.7亿元。"]


def test_web_page_furniture_and_related_links_are_not_article_text():
    text = (
        "首页 > 新闻中心 > 区县动态\n北岭区上半年经济运行稳中向好\n"
        "來源：北岭区人民政府网  發布時間：2025-07-21 10:32:11  浏览次数：1234\n"
        "上半年，北岭区实现地区生产总值512.3亿元。\n责任编辑：王五\n"
        "相关链接：\n上半年全市GDP增长5.1%\n版权所有 © 2025 北岭区人民政府\n"
    )
    readings = [s.reading for s in split_sentences(text)]
    assert readings == ["北岭区上半年经济运行稳中向好", "上半年，北岭区实现地区生产总值512.3亿元。"]
    assert all(text[s.start : s.end] == s.raw for s in split_sentences(text))


def test_a_numbered_heading_without_a_blank_line_and_photo_captions():
    text = "五、开放型经济稳中有升\n全区外贸进出口总额356.9亿元。\n图为北岭科技园一角\n下一句。"
    readings = [s.reading for s in split_sentences(text)]
    assert readings == ["五、开放型经济稳中有升", "全区外贸进出口总额356.9亿元。", "下一句。"]


def test_related_links_behind_a_bullet_end_the_body():
    text = "上半年，全区营收增长6%。\n■ 相关新闻\n北塘区上半年营收增长4.2%\n"
    assert [s.reading for s in split_sentences(text)] == ["上半年，全区营收增长6%。"]


def test_a_short_heading_with_a_colon_stands_alone_before_its_paragraph():
    text = "片区更新：让老城“活”起来\n\n当天开工的东关南街片区更新项目总投资18.6亿元。"
    readings = [s.reading for s in split_sentences(text)]
    assert readings == [
        "片区更新：让老城“活”起来",
        "当天开工的东关南街片区更新项目总投资18.6亿元。",
    ]


def test_a_wrapped_line_with_a_comma_before_a_blank_line_is_not_a_heading():
    text = "全区拥有600余家金融机构，南湖区着力\n\n聚集头部企业。"
    assert len(split_sentences(text)) == 1


def test_an_infographic_with_figures_first_pairs_each_figure_with_the_label_below():
    text = (
        "★ 金融强区\n486.2亿元\n金融业增加值\n920家\n各类金融机构\n金融业增加值占GDP比重：19.6%\n"
    )
    raws = [s.raw.strip() for s in split_sentences(text)]
    assert raws == [
        "★ 金融强区",
        "486.2亿元\n金融业增加值",
        "920家\n各类金融机构",
        "金融业增加值占GDP比重：19.6%",
    ]


def test_an_infographic_with_labels_first_pairs_each_label_with_the_figure_below():
    text = "★ 2026，南湖这样干\n地区生产总值增长\n5.5%左右\n新增高新技术企业\n100家以上\n"
    raws = [s.raw.strip() for s in split_sentences(text)]
    assert raws == [
        "★ 2026，南湖这样干",  # the heading stands apart
        "地区生产总值增长\n5.5%左右",
        "新增高新技术企业\n100家以上",
    ]


def test_a_figure_wrapped_onto_its_own_line_in_running_text_is_not_a_layout():
    text = "上半年，全区实现地区生产总值\n1086.4亿元，同比增长5.9%。"
    assert len(split_sentences(text)) == 1


def test_two_label_lines_of_an_infographic_read_as_two_phrases():
    text = "88.6%\n服务业增加值占GDP比重\n现代服务业\n撑起经济半边天\n"
    reading = "".join(s.reading for s in split_sentences(text))
    assert "比重，现代服务业" in reading
    # in running text wrapped into short lines, no comma is invented
    wrapped = "已布局建筑材料、\n石油化工、矿产资源四大优势品\n类及小河港煤炭储备基地等园区。"
    assert "，" not in "".join(s.reading for s in split_sentences(wrapped))


def test_evidence_stays_as_written_where_web_furniture_is_blanked():
    text = "新北区报告出炉 今年增长5.5%左右\n来源：新北区融媒体中心\n1月10日，会议开幕。"
    for s in split_sentences(text):
        assert s.raw == text[s.start : s.end]
        assert "来源" not in s.reading


def test_a_space_inside_a_title_line_separates_its_two_parts():
    text = "东湖区二季度集中开工 18个项目总投资96亿元\n\n东湖区现有企业 120 家。"
    title, body = split_sentences(text)
    assert title.is_title and title.reading == "东湖区二季度集中开工，18个项目总投资96亿元"
    assert title.span_of(9, 10) == (9, 10)  # the comma stands where the space was
    # a short sentence closed by 。 is no title, and a number's space is no separator
    assert not body.is_title and body.reading == "东湖区现有企业120家。"


def test_an_infographic_of_items_apart_reads_each_item_as_one_sentence():
    text = (
        "▌经济总量\n\n地区生产总值\n520亿元\n同比增长6%\n\n"
        "一般公共预算收入\n36.5亿元\n同比增长4%\n总量全市第一\n\n"
        "■ 创新动能\n1180家\n高新技术企业\n净增90家\n"
    )
    readings = [s.reading for s in split_sentences(text)]
    assert "地区生产总值520亿元同比增长6%" in readings
    assert "一般公共预算收入36.5亿元同比增长4%总量全市第一" in readings
    # a heading over a figure labelled below it stands apart
    assert "1180家高新技术企业净增90家" in readings


def test_full_width_spaces_are_text_not_control_characters():
    from pipelines.parse import read_document

    doc = read_document("南湖区\u3000\u3000一季度\u3000营收\u300012亿元\u3000\u3000".encode())
    assert doc.text.startswith("南湖区")


def test_a_sentence_cut_by_a_page_break_runs_on():
    text = (
        "城南区政府工作报告\n\n全年实现社会消费品零售总额212.5亿元，比上年增\n\n"
        "                — 4 —\n\n城南区政府工作报告\n\n长3.9%。外贸平稳。\n"
    )
    readings = [s.reading for s in split_sentences(text)]
    assert "全年实现社会消费品零售总额212.5亿元，比上年增长3.9%。" in readings
    assert not any("4" in r and "—" in r for r in readings)


def test_a_page_footer_with_its_number_after_a_finished_sentence_is_dropped():
    text = (
        "一、工业\n\n规上工业增加值增长6.1%。\n\n城南区2024年统计公报   第 3 页 共 8 页\n\n"
        "二、投资\n\n固定资产投资增长2.2%。\n"
    )
    readings = [s.reading for s in split_sentences(text)]
    assert readings == [
        "一、工业",
        "规上工业增加值增长6.1%。",
        "二、投资",
        "固定资产投资增长2.2%。",
    ]


def test_a_line_of_a_date_range_is_no_page_number():
    readings = [s.reading for s in split_sentences("目标期限\n2025-2027\n全区新增企业300家。\n")]
    assert any("2025-2027" in r or "2025—2027" in r for r in readings)


def test_emoji_circled_numbers_and_bracket_heads_start_items():
    text = (
        "📈 总量\n全区地区生产总值512.3亿元，同比增长6.1%\n✅ 新增企业300家\n"
        "① 社零总额88.1亿元\n② 外贸进出口42.6亿元\n\n2/5【创新】\n新增高企41家，总数达到388家\n"
    )
    readings = [s.reading for s in split_sentences(text)]
    assert "全区地区生产总值512.3亿元，同比增长6.1%" in readings
    assert "✅新增企业300家" in readings
    assert "①社零总额88.1亿元" in readings
    assert "2/5【创新】" in readings


def test_short_lines_each_ending_in_a_figure_are_items_of_a_card():
    text = "全年GDP\n612.5亿元\n↑5.1%\n\n【城市】\n新建口袋公园16个\n空气质量优良率91.2%\n"
    readings = [s.reading for s in split_sentences(text)]
    assert "新建口袋公园16个" in readings
    assert "空气质量优良率91.2%" in readings


def test_an_editors_aside_in_a_post_is_no_text():
    text = "全区新增企业300家。\n小编提示：以上数据为初步统计数，共12项。\n"
    assert [s.reading for s in split_sentences(text)] == ["全区新增企业300家。"]


def test_a_title_and_its_date_line_stay_apart_before_a_bracketed_dateline():
    text = "北塘区上半年经济稳中有进\n\n2025年7月20日　星期日\n\n【本报讯】北塘区地区生产总值增长5%。\n"
    readings = [s.reading for s in split_sentences(text)]
    assert readings[0] == "北塘区上半年经济稳中有进"


def test_a_title_and_its_subtitle_are_two_headlines_but_a_wrapped_body_line_is_not():
    text = "蜀山区举行一季度重大项目集中开工活动\n31个项目开工 总投资206亿元\n\n本报讯 记者获悉，活动在运河新城举行。"
    sentences = split_sentences(text)
    assert [s.raw for s in sentences[:2]] == [
        "蜀山区举行一季度重大项目集中开工活动",
        "31个项目开工 总投资206亿元",
    ]
    assert all(s.is_title for s in sentences[:2])
    body = "本报讯 记者获悉，活动在运河新城举行\n首批31个项目集中开工。"
    assert len(split_sentences("标题\n\n" + body)) == 2  # a title, then one wrapped sentence


def test_a_quoting_title_under_a_date_line_and_its_subtitle_are_two_headlines():
    text = "2024年04月03日 星期三\n\n跑出项目“加速度”\n南湖区二季度重大项目集中开工\n\n4月2日，活动举行。"
    assert [s.raw for s in split_sentences(text) if s.is_title][1:] == [
        "跑出项目“加速度”",
        "南湖区二季度重大项目集中开工",
    ]


def test_a_title_with_a_thousands_separator_and_a_date_line_stand_apart_from_the_body():
    text = "昆山去年GDP達5,381億元 年增5.1%\n2025-01-21 23:10 經濟日報／記者王小明／即時報導\n\n江蘇昆山市政府日前公布去年經濟數據。"
    raws = [s.raw for s in split_sentences(text)]
    assert raws == [
        "昆山去年GDP達5,381億元 年增5.1%",
        "2025-01-21 23:10 經濟日報／記者王小明／即時報導",
        "江蘇昆山市政府日前公布去年經濟數據。",
    ]


def test_a_newspaper_columns_indented_heading_and_paragraphs():
    text = (
        "  1月以来，各区相继召开\n人代会。\n\n"
        "  城北区：链动全局\n  城北区2024年地区生产总值完成528.4亿\n元，增长5.8%。\n"
        "  2025年，城北区确定的目标是：\n地区生产总值增长6%。"
    )
    sentences = split_sentences(text)
    heading = next(s for s in sentences if s.raw == "城北区：链动全局")
    assert heading.is_title
    body = next(s for s in sentences if s.raw.startswith("城北区2024年"))
    goals = next(s for s in sentences if s.raw.startswith("2025年"))
    assert heading.block == body.block and goals.block == body.block + 1
    # a page break stitched with spaces is no indentation: the sentence runs on
    stitched = "  全区研发经费投入强度达到\n" + " " * 40 + "4.3%，居全省前列。\n  另起一段。"
    assert split_sentences(stitched)[0].reading.endswith("4.3%，居全省前列。")


def test_rows_of_label_bar_figure_read_as_labelled_figures_but_a_comparison_table_does_not():
    text = "成绩单\n\n地区生产总值｜712.4亿元｜增长6.8%\n税收占比｜81.3%\n指标｜全市｜南湖\n"
    readings = [s.reading for s in split_sentences(text)]
    assert "地区生产总值：712.4亿元，增长6.8%" in readings
    assert "税收占比：81.3%" in readings
    assert not any(r.startswith("指标：") for r in readings)


def test_a_numbered_heading_after_a_blank_line_and_a_colon_stands_alone():
    text = "现将有关情况通报如下：\n\n一、总体情况\n假期全县共接待游客86万人次。\n\n二、住宿情况\n全县酒店入住率达88%。"
    assert [s.raw for s in split_sentences(text)] == [
        "现将有关情况通报如下：",
        "一、总体情况",
        "假期全县共接待游客86万人次。",
        "二、住宿情况",
        "全县酒店入住率达88%。",
    ]


def test_small_squares_are_bullets_and_a_two_part_label_heads_its_text():
    text = "👗 纺织 · 焕新\n全区纺织企业超过1200家。\n\n◾ 地区生产总值增长5.5%左右\n◾ 城镇新增就业2万人以上"
    assert [s.raw for s in split_sentences(text)] == [
        "👗 纺织 · 焕新",
        "全区纺织企业超过1200家。",
        "◾ 地区生产总值增长5.5%左右",
        "◾ 城镇新增就业2万人以上",
    ]


def test_a_title_its_date_line_and_the_body_with_no_blank_line_between_them():
    text = "北塘区前三季度消费市场回暖\n2025年10月22日\n全区新增限上商贸企业36家。\n"
    raws = [s.raw for s in split_sentences(text)]
    assert raws == ["北塘区前三季度消费市场回暖", "2025年10月22日", "全区新增限上商贸企业36家。"]
    # a body line that wraps before a date runs on
    wrapped = "标题\n\n记者从区统计局获悉，截至\n2025年9月30日全区新增企业36家。"
    assert len(split_sentences(wrapped)) == 2
