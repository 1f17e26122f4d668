import Testing
@testable import PKExport

@Suite struct XMLTextTests {
    @Test func markupCharactersBecomeEntities() {
        #expect(XMLText.escaped("A & B <c> \"d\" 'e'") == "A &amp; B &lt;c&gt; &quot;d&quot; 'e'")
    }

    @Test func latvianTextStaysAsItIs() {
        #expect(XMLText.escaped("Klātiene iestādē, Sūdzības, Kavējumi: ĀČĒĢĪĶĻŅŠŪŽ") == "Klātiene iestādē, Sūdzības, Kavējumi: ĀČĒĢĪĶĻŅŠŪŽ")
    }

    @Test func lineBreaksAndTabsStayCarriageReturnsBecomeReferences() {
        #expect(XMLText.escaped("one\ntwo\tthree") == "one\ntwo\tthree")
        #expect(XMLText.escaped("one\r\ntwo") == "one&#13;\ntwo")
    }

    @Test func forbiddenCharactersUseTheOOXMLEscape() {
        #expect(XMLText.escaped("a\u{1}b\u{1F}c") == "a_x0001_b_x001F_c")
        #expect(XMLText.escaped("x\u{FFFE}y\u{FFFF}") == "x_xFFFE_y_xFFFF_")
    }

    @Test func aLiteralEscapeSequenceKeepsItsMeaning() {
        #expect(XMLText.escaped("_x0041_") == "_x005F_x0041_")
        #expect(XMLText.escaped("a_x00e9_b") == "a_x005F_x00e9_b")
        #expect(XMLText.escaped("_x004_ _xZZZZ_ _") == "_x004_ _xZZZZ_ _")
    }

    @Test func blanksAtTheEndsAndLineBreaksNeedPreserving() {
        #expect(XMLText.needsPreserve(" lead"))
        #expect(XMLText.needsPreserve("trail "))
        #expect(XMLText.needsPreserve("two\nlines"))
        #expect(!XMLText.needsPreserve("inner blanks only"))
        #expect(!XMLText.needsPreserve(""))
    }

    @Test func unicodeBlanksAtTheEndsNeedPreservingLettersDoNot() {
        #expect(XMLText.needsPreserve("\u{A0}no-break space first"))
        #expect(XMLText.needsPreserve("ideographic space last\u{3000}"))
        #expect(XMLText.needsPreserve("Ādaži\u{2009}"))
        #expect(!XMLText.needsPreserve("Ādaži un Ķekava"))
        #expect(!XMLText.needsPreserve("ā"))
    }

    @Test func escapesAnywhereAmongPlainRunsKeepTheRunsWhole() {
        #expect(XMLText.escaped("&") == "&amp;")
        #expect(XMLText.escaped("<Ādaži>") == "&lt;Ādaži&gt;")
        #expect(XMLText.escaped("Pakalpojums numur 12 & Ķekava_x_ \"vārds\"") == "Pakalpojums numur 12 &amp; Ķekava_x_ &quot;vārds&quot;")
        #expect(XMLText.escaped("last \u{FFEF}") == "last \u{FFEF}")
        #expect(XMLText.escaped("\u{FEFF}\u{FFFD}") == "\u{FEFF}\u{FFFD}")
    }
}
