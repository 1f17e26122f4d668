/// The fixed parts of the xlsx package and the names they share: content types, relationships,
/// the workbook with its one worksheet, and the styles cells refer to by index.
enum SpreadsheetML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeType = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    /// Indices into `cellXfs` of the styles part.
    enum Style: Int {
        case normal = 0, header, percent, timestamp, wrapped
    }

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="\(officeType).sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="\(officeType).worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="\(officeType).styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="\(officeType).sharedStrings+xml"/>\
        </Types>
        """

    static let rootRelationships = declaration + """
        <Relationships xmlns="\(packageRelationships)">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static let workbookRelationships = declaration + """
        <Relationships xmlns="\(packageRelationships)">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="\(relationshipNamespace)/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>
        """

    static func workbook(sheetName: String) -> String {
        declaration + """
            <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">\
            <bookViews><workbookView/></bookViews>\
            <sheets><sheet name="\(XMLText.escaped(Self.sheetName(sheetName)))" sheetId="1" r:id="rId1"/></sheets>\
            </workbook>
            """
    }

    /// Fonts: regular and bold Calibri 11. Cell formats in `Style` order: general, bold, `0.00`,
    /// `yyyy-mm-dd hh:mm:ss` (custom format 164), general with wrapped lines.
    static let styles = declaration + """
        <styleSheet xmlns="\(mainNamespace)">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    /// A worksheet name Excel accepts: 1–31 characters, none of `[]:*?/\` (each becomes `_`), not starting
    /// or ending with `'`, not the reserved `History`.
    static func sheetName(_ title: String) -> String {
        var name = String(title.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        while name.hasPrefix("'") { name.removeFirst() }
        while name.hasSuffix("'") { name.removeLast() }
        return name.isEmpty || name.lowercased() == "history" ? "Sheet1" : name
    }

    /// The column letters of a 0-based column index: 0 is `A`, 25 `Z`, 26 `AA`, 16383 `XFD`.
    static func columnLetters(_ index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }
}
